import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { CorrectScoreCommand } from './correct-score.command';

@CommandHandler(CorrectScoreCommand)
export class CorrectScoreHandler extends AppraisalCommandHandler {}
