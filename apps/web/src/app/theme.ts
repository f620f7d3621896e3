import type { ThemeConfig } from 'antd';

/**
 * antd's look with the contrast the WCAG asks of text (4.5:1): its default blue under white button text and its
 * light grey secondary text fall short, which on an office screen in daylight means unreadable.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  },
};
