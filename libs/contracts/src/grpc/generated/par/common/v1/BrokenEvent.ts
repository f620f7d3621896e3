// Original file: common.proto


export interface BrokenEvent {
  'streamId'?: (string);
  'streamVersion'?: (number);
  'eventId'?: (string);
  'problem'?: (string);
  'expected'?: (string);
  'actual'?: (string);
}

export interface BrokenEvent__Output {
  'streamId': (string);
  'streamVersion': (number);
  'eventId': (string);
  'problem': (string);
  'expected': (string);
  'actual': (string);
}
