namespace ConsultEngine.Runtime.Privacy;

/// <summary>
/// A staff member took a copy of personal data out of the system (an export with respondent attributes,
/// free text or contacts): which step, what (the tool action or export), how many rows, by whom. The
/// engine journals it on the consultation (<see cref="Journal.JournalEvents.PersonalDataExported"/>) so that
/// the controller can tell who took what and when (Decree 13/2023/NĐ-CP). The entry names no person whose
/// data it was.
/// </summary>
public sealed record PersonalDataExport(string StepId, string What, int? Rows, string Actor);
