import { vi } from './messages.vi';

/** The shape of every language's messages: the Vietnamese ones', each text widened to string. */
export type Messages = Widened<typeof vi>;

type Widened<T> = { [K in keyof T]: T[K] extends string ? string : Widened<T[K]> };
