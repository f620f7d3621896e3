import { CommandHandler } from '@nestjs/cqrs';
import { AppraisalCommandHandler } from '../infrastructure/appraisal-command.handler';
import { ResolveExplanationCommand } from './resolve-explanation.command';

@CommandHandler(ResolveExplanationCommand)
export class ResolveExplanationHandler extends AppraisalCommandHandler {}
