import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Allow } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { ProblemError } from '../problems/problem';
import { RESPONSES_FILE, ResponsesFileUpload } from './responses-file.upload';
import { responsesFormatOf } from './responses-formats';
import { ApiResponsesUpload, ApiSurveyImportStatus } from './survey.docs';
import { SurveyImports } from './survey-imports';
import { SurveyImportStatusView, surveyImportStatusView } from './survey.views';

/** Responses files in: answered 202 at once, streamed to the survey service in the background, polled by their status. */
@ApiTags('Khảo sát sự hài lòng')
@Controller('surveys')
export class SurveyResponsesController {
  // Explicit token: tsx (the embedded platform's runner) emits no decorator metadata.
  constructor(@Inject(SurveyImports) private readonly imports: SurveyImports) {}

  @Post(':campaignId/responses')
  @Allow('PROVINCE_ADMIN')
  @UseInterceptors(ResponsesFileUpload)
  @HttpCode(202)
  @ApiResponsesUpload()
  startImport(
    @Param('campaignId') campaignId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @CallerOf() caller: Caller,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): SurveyImportStatusView {
    if (!file) throw RESPONSES_FILE.missing();
    const format = responsesFormatOf(file.originalname, file.mimetype);
    const status = this.imports.start({ campaignId, fileName: file.originalname, format, bytes: file.buffer }, caller);
    // Under the prefix this request came in on: …/surveys/{campaignId}/responses → …/surveys/imports/{id}.
    const surveys = request.path.replace(/\/[^/]+\/responses\/*$/, '');
    response.location(`${surveys}/imports/${encodeURIComponent(status.id)}`);
    return surveyImportStatusView(status);
  }

  @Get('imports/:importId')
  @Allow('PROVINCE_ADMIN')
  @ApiSurveyImportStatus()
  importStatus(@Param('importId') importId: string): SurveyImportStatusView {
    const status = this.imports.status(importId);
    if (!status) throw new ProblemError(404, 'SURVEY_IMPORT_NOT_FOUND', `survey import "${importId}" does not exist (or was forgotten long ago)`, 'importId');
    return surveyImportStatusView(status);
  }
}
