import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { AppraiseCriterionCommand } from './appraise-criterion.command';

@CommandHandler(AppraiseCriterionCommand)
export class AppraiseCriterionHandler extends AppraisalCommandHandler {}
