import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { FinalizeAppraisalCommand } from './finalize-appraisal.command';

@CommandHandler(FinalizeAppraisalCommand)
export class FinalizeAppraisalHandler extends AppraisalCommandHandler {}
