import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { FileExplanationCommand } from './file-explanation.command';

@CommandHandler(FileExplanationCommand)
export class FileExplanationHandler extends AppraisalCommandHandler {}
