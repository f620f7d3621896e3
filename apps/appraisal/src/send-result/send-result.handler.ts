import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { SendResultCommand } from './send-result.command';

@CommandHandler(SendResultCommand)
export class SendResultHandler extends AppraisalCommandHandler {}
