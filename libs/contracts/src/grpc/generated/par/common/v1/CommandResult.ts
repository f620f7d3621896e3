// Original file: common.proto


export interface CommandResult {
  'streamId'?: (string);
  'version'?: (number);
  'eventsAppended'?: (number);
}

export interface CommandResult__Output {
  'streamId': (string);
  'version': (number);
  'eventsAppended': (number);
}
