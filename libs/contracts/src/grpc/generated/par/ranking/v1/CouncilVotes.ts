// Original file: ranking.proto


export interface CouncilVotes {
  'for'?: (number);
  'against'?: (number);
  'abstain'?: (number);
  'members'?: (number);
}

export interface CouncilVotes__Output {
  'for': (number);
  'against': (number);
  'abstain': (number);
  'members': (number);
}
