import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { RecordAdjustmentCommand } from './record-adjustment.command';

@CommandHandler(RecordAdjustmentCommand)
export class RecordAdjustmentHandler extends AppraisalCommandHandler {}
