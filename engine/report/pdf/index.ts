/** The report's PDF renderer (jsPDF): import it only where a PDF is made. */
export { renderReportPdf, type RenderOptions, type JsPdfConstructor } from './render.ts';
export {
  loadReportFonts,
  fetchFontBytes,
  standardFonts,
  REPORT_FONT_FILES,
  type ReportFonts,
  type ReportFontFile,
  type FontBytesLoader,
} from './fonts.ts';
