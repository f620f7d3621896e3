import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Optional,
  Param,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Allow } from '../auth/allow.decorator';
import { CallerOf } from '../auth/caller.decorator';
import type { Caller } from '../auth/principal';
import { ProblemError } from '../problems/problem';
import { attachmentOf } from './attachment';
import { CYCLE_FILE, CycleFileUpload } from './cycle-file.upload';
import { CYCLE_TRANSFER, type CycleTransfer, type TransferFormat } from './cycle-transfer.port';
import { ExportFormatPipe } from './export-format.pipe';
import { ImportRefusedFilter } from './import-refused.filter';
import { ApiCycleExport, ApiImportStatus, ApiImportUpload } from './transfer.docs';
import { CONTENT_TYPES, uploadFormatOf } from './transfer-formats';
import { providedTransfer } from './transfer-unavailable';
import { ImportStatusView, importStatusView } from './transfer.views';

/**
 * Whole cycles in and out over HTTP (INTERCHANGE.md, JSON and XLSX): the work is the composition's
 * CycleTransfer (the embedded platform's importer and exporter); without one, 501 and the `par` command.
 */
@ApiTags('Nhập, xuất tệp kỳ đánh giá')
@UseFilters(ImportRefusedFilter)
@Controller()
export class TransferController {
  constructor(@Optional() @Inject(CYCLE_TRANSFER) private readonly transfer?: CycleTransfer) {}

  @Post('imports')
  @Allow('PROVINCE_ADMIN')
  @UseInterceptors(CycleFileUpload)
  @HttpCode(202)
  @ApiImportUpload()
  async startImport(
    @UploadedFile() file: Express.Multer.File | undefined,
    @CallerOf() caller: Caller,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportStatusView> {
    const transfer = providedTransfer(this.transfer, 'import');
    if (!file) throw CYCLE_FILE.missing();
    // The port gets the format's one content type, so that it reads the file as the gateway judged it.
    const format = uploadFormatOf(file.originalname, file.mimetype);
    const status = await transfer.startImport({ fileName: file.originalname, contentType: CONTENT_TYPES[format], bytes: file.buffer }, caller.actor.userId);
    // Under the path this request came in on, whatever the global prefix.
    response.location(`${request.path.replace(/\/+$/, '')}/${encodeURIComponent(status.id)}`);
    return importStatusView(status);
  }

  @Get('imports/:importId')
  @Allow('PROVINCE_ADMIN')
  @ApiImportStatus()
  importStatus(@Param('importId') importId: string): ImportStatusView {
    const status = providedTransfer(this.transfer, 'import').importStatus(importId);
    if (!status) throw new ProblemError(404, 'IMPORT_NOT_FOUND', `import "${importId}" does not exist (or was forgotten long ago)`, 'importId');
    return importStatusView(status);
  }

  /** Those who see every unit: the province, the council's chair, the appraisers. */
  @Get('cycles/:cycleId/export')
  @Allow('PROVINCE_ADMIN', 'COUNCIL_CHAIR', 'APPRAISER')
  @ApiCycleExport()
  async exportCycle(@Param('cycleId') cycleId: string, @Query('format', ExportFormatPipe) format: TransferFormat): Promise<StreamableFile> {
    const exported = await providedTransfer(this.transfer, 'export').exportCycle(cycleId, format);
    if (!exported) throw new ProblemError(404, 'CYCLE_NOT_FOUND', `cycle "${cycleId}" does not exist`, 'cycleId');
    return new StreamableFile(exported.body, { type: CONTENT_TYPES[format], disposition: attachmentOf(`${cycleId}.${format}`), length: exported.body.length });
  }
}
