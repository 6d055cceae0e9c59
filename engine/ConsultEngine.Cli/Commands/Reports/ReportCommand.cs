using System.CommandLine;
using System.Globalization;
using System.Text;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Reporting.Reports;

namespace ConsultEngine.Cli.Commands.Reports;

/// <summary><c>consult report &lt;id&gt; --format docx|html --out FILE [--lang vi|en]</c>: the consultation report, generated from the definition's report structure.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var format = new Option<string>("--format") { Description = "docx (Word, Decree 30 format) or html (one printable file).", HelpName = "docx|html", DefaultValueFactory = _ => "docx" };
        var output = ReportCommands.Out();
        var language = new Option<string>("--lang") { Description = "The report's language: vi (default) or en.", HelpName = "vi|en", DefaultValueFactory = _ => "vi" };
        var which = new Option<string>("--kind") { Description = "report (default): the consultation report; explanation: the explanation register (báo cáo tiếp thu, giải trình).", HelpName = "report|explanation", DefaultValueFactory = _ => "report" };
        var save = new Option<bool>("--save") { Description = "Also store it as the consultation's next report version, with its data basis (for review and comparison in the console and the API)." };
        var actor = EngineOptions.Actor();
        var engine = new EngineOptions();
        var command = new Command("report", "Generate a consultation's report from its definition's report structure, with tables and charts, or its explanation register.") { id, format, output, language, which, save, actor };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var kind = result.GetValue(format)!.ToLowerInvariant();
            if (kind is not ("docx" or "html"))
            {
                return Task.FromResult(ReportCommands.Refused(new ReportException(ReportCodes.UnknownFormat, $"A report is written as docx or html, not '{kind}'."), stderr));
            }

            var document = result.GetValue(which)!.ToLowerInvariant();
            if (document is not ("report" or "explanation"))
            {
                return Task.FromResult(ReportCommands.Refused(new ReportException(ReportCodes.UnknownKind, $"The report kinds are report and explanation, not '{document}'."), stderr));
            }

            return EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
            {
                try
                {
                    if (result.GetValue(save))
                    {
                        var request = new Reporting.Versions.ReportVersionRequest { Kind = document, Language = result.GetValue(language) };
                        return await SavedReport.RunAsync(services, result.GetValue(id), request, kind, result.GetValue(output)!, result.GetValue(actor)!, stdout, cancellationToken).ConfigureAwait(false);
                    }

                    var reports = ConsultationReporting.Create(services);
                    var options = new ReportOptions { Language = result.GetValue(language)! };
                    Reporting.Documents.Document written;
                    string summary;
                    if (document == "explanation")
                    {
                        written = await reports.BuildExplanationRegisterAsync(result.GetValue(id), options, cancellationToken).ConfigureAwait(false);
                        var rows = written.AllSections().SelectMany(s => s.Blocks).OfType<Reporting.Documents.TableBlock>().Sum(t => t.Rows.Count);
                        summary = string.Create(CultureInfo.InvariantCulture, $"explanation register): {rows} dispositioned opinions");
                    }
                    else
                    {
                        var report = await reports.BuildReportAsync(result.GetValue(id), options, cancellationToken).ConfigureAwait(false);
                        written = report.Document;
                        var basis = report.Basis;
                        summary = string.Create(CultureInfo.InvariantCulture,
                            $"{written.AllSections().Count()} sections): {basis.InputsCounted} opinions counted of {basis.InputsStored} stored, {basis.People} people, generated {basis.GeneratedAt:yyyy-MM-dd HH:mm:ss} UTC");
                    }

                    var bytes = kind == "docx" ? DocxRenderer.Render(written) : Encoding.UTF8.GetBytes(HtmlRenderer.Render(written));
                    await ReportCommands.WriteAsync(result.GetValue(output)!, bytes, cancellationToken).ConfigureAwait(false);
                    stdout.WriteLine($"wrote {result.GetValue(output)} ({kind}, {summary}");
                    return ConsultCli.Ok;
                }
                catch (ReportException error)
                {
                    return ReportCommands.Refused(error, stderr);
                }
            });
        });
        return command;
    }
}
