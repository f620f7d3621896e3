import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { StartAppraisalCommand } from './start-from-submission.command';

@CommandHandler(StartAppraisalCommand)
export class StartAppraisalHandler extends AppraisalCommandHandler {}
