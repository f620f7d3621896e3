import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { RemoveAdjustmentCommand } from './remove-adjustment.command';

@CommandHandler(RemoveAdjustmentCommand)
export class RemoveAdjustmentHandler extends AppraisalCommandHandler {}
