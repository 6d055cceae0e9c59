namespace ConsultEngine.Plugins.Survey;

/// <summary>
/// The codes of the survey tool: CE92xx for questionnaires, collection, quotas, pilot and response
/// files; CE96xx for XLSForm import (the range the SDK reserves for it). Problems carry the code and
/// a path: a question id for an answer or a question, <c>row N</c> (with the question id after a
/// slash) for a row of a response file, <c>survey!N</c> or <c>choices!N</c> for a row of an XLSForm.
/// Tests assert on codes, never on messages.
/// </summary>
public static class SurveyCodes
{
    // Questionnaire (set-questionnaire, import-xlsform, inline config questions).

    /// <summary>The step has no questionnaire yet: nothing can be collected until one is set or imported.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NoQuestionnaire = "CE9201";

    /// <summary>The questionnaire is not the expected JSON shape (not an object, no question list).</summary>
    public const string QuestionnaireInvalid = "CE9202";

    /// <summary>Two questions (or groups) have the same id.</summary>
    public const string DuplicateQuestionId = "CE9203";

    /// <summary>A question id is missing or not a name (a letter, then letters, digits, <c>_ . -</c>).</summary>
    public const string InvalidQuestionId = "CE9204";

    /// <summary>The question's type is not one the survey knows.</summary>
    public const string UnknownQuestionType = "CE9205";

    /// <summary>A choice, Likert or ranking question has no options, or two options share a value.</summary>
    public const string OptionsInvalid = "CE9206";

    /// <summary>A number question's minimum is above its maximum, or a text length limit is not positive.</summary>
    public const string RangeInvalid = "CE9207";

    /// <summary>A question's script (relevant, constraint, calculation, choice filter) does not parse.</summary>
    public const string ScriptSyntax = "CE9208";

    /// <summary>A question names a group the questionnaire does not have.</summary>
    public const string UnknownGroup = "CE9209";

    /// <summary>The questionnaire cannot change: live (non-pilot) responses have been collected with it.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string QuestionnaireLocked = "CE9210";

    /// <summary>A question has no label in any language (notes and questions shown to people need one).</summary>
    public const string LabelMissing = "CE9211";

    // Answers (collection: web, enumerator, paper, and each row of an imported file).

    /// <summary>The submission's answers are missing or not a JSON object.</summary>
    public const string AnswersNotObject = "CE9220";

    /// <summary>An answer names a question the questionnaire does not have, or one that takes no answer (a note, a calculation).</summary>
    public const string UnknownQuestion = "CE9221";

    /// <summary>An answer has the wrong JSON type for its question (a number for a choice, text for a number...).</summary>
    public const string WrongAnswerType = "CE9222";

    /// <summary>A chosen value is not among the question's options.</summary>
    public const string OptionNotListed = "CE9223";

    /// <summary>A chosen value is among the options but its choice filter hides it for these answers.</summary>
    public const string OptionFilteredOut = "CE9224";

    /// <summary>A required question that is relevant (shown) was not answered.</summary>
    public const string RequiredMissing = "CE9225";

    /// <summary>
    /// Warning: an answer was given to a question whose <c>relevant</c> is false (hidden by skip
    /// logic). The answer is dropped and the rest accepted, as ODK and KoboToolbox clear hidden answers.
    /// </summary>
    public const string NotRelevantDropped = "CE9226";

    /// <summary>The question's constraint is false for the answer (the problem carries the constraint's message).</summary>
    public const string ConstraintFailed = "CE9227";

    /// <summary>A number is below the minimum or above the maximum, or not whole where an integer is required.</summary>
    public const string NumberOutOfRange = "CE9228";

    /// <summary>A date is not a calendar date written <c>yyyy-MM-dd</c>.</summary>
    public const string InvalidDate = "CE9229";

    /// <summary>A text answer is longer than the question allows.</summary>
    public const string TextTooLong = "CE9230";

    /// <summary>A ranking repeats an option or does not rank every option.</summary>
    public const string RankingInvalid = "CE9231";

    /// <summary>A question's script faulted or ran out of time, statements or memory while checking a submission.</summary>
    public const string ScriptFailed = "CE9232";

    // Channels, quotas and pilot.

    /// <summary>The submission's channel is not among the step's configured channels.</summary>
    public const string ChannelNotOpen = "CE9240";

    /// <summary>The quota of the respondent's group is full: refused (quotaAction stop) or a warning (quotaAction warn).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string QuotaFull = "CE9241";

    /// <summary>Warning: this submission filled the quota of the respondent's group.</summary>
    public const string QuotaReached = "CE9242";

    /// <summary>The config's quotas name an attribute that is not a respondent attribute.</summary>
    public const string QuotaAttributeUnknown = "CE9243";

    /// <summary>end-pilot was asked of a step that is not in pilot mode.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NotInPilot = "CE9244";

    // Response files (import-responses) and export.

    /// <summary>The file cannot be read: not base64, not a CSV or XLSX, no sheet, no header row.</summary>
    public const string FileUnreadable = "CE9250";

    /// <summary>Warning: a column names no question and no known meta column; its values are ignored.</summary>
    public const string ColumnIgnored = "CE9251";

    /// <summary>A meta column's value cannot be read (a submission time that is not a date, an unknown channel).</summary>
    public const string MetaValueInvalid = "CE9252";

    /// <summary>The row was refused by collection (its other problems say why) or could not be stored.</summary>
    public const string RowRefused = "CE9253";

    /// <summary>The export format is not csv or xlsx.</summary>
    public const string ExportFormatUnknown = "CE9254";

    // XLSForm import (CE96xx).

    /// <summary>The XLSForm is not a readable XLSX workbook (or not base64).</summary>
    public const string XlsFormUnreadable = "CE9601";

    /// <summary>The workbook has no <c>survey</c> sheet, or the sheet has no <c>type</c> or <c>name</c> column.</summary>
    public const string XlsFormSurveySheetMissing = "CE9602";

    /// <summary>The row's type cannot be mapped (geopoint, image, repeat...); the row is not imported.</summary>
    public const string XlsFormTypeUnsupported = "CE9603";

    /// <summary>The row's choice list is missing from the choices sheet; the row is not imported.</summary>
    public const string XlsFormChoiceListMissing = "CE9604";

    /// <summary>An expression (relevant, constraint, calculation, choice_filter, required) uses a function or syntax that cannot be translated; the row is not imported.</summary>
    public const string XlsFormExpressionUnsupported = "CE9605";

    /// <summary>The row's name is missing or not a valid name.</summary>
    public const string XlsFormNameInvalid = "CE9606";

    /// <summary>The row's name is used by an earlier row.</summary>
    public const string XlsFormDuplicateName = "CE9607";

    /// <summary>begin_group and end_group do not pair up.</summary>
    public const string XlsFormGroupUnbalanced = "CE9608";

    /// <summary>An expression refers to <c>${name}</c> that is not an imported question.</summary>
    public const string XlsFormUnknownReference = "CE9609";

    /// <summary>A choices row has no list_name or name, or repeats a name within its list.</summary>
    public const string XlsFormChoiceInvalid = "CE9610";

    /// <summary>Warning: a metadata row (start, end, today, deviceid, audit...) is not a question and was skipped.</summary>
    public const string XlsFormMetadataSkipped = "CE9611";

    /// <summary>A range row's parameters (start, end, step) cannot be read.</summary>
    public const string XlsFormParametersInvalid = "CE9612";

    /// <summary>No row could be imported: the questionnaire is unchanged.</summary>
    public const string XlsFormNothingImported = "CE9613";

    // Upload limits of every file the survey reads (XLSForm, response imports), CE9614–CE9617.

    /// <summary>The uploaded file is larger than the survey reads (bytes, or characters in one of its parts).</summary>
    public const string UploadTooLarge = "CE9614";

    /// <summary>The uploaded file has more rows (or more cells in all) than the survey reads.</summary>
    public const string UploadTooManyRows = "CE9615";

    /// <summary>A row has more columns than the survey reads, or a cell reference lies beyond the last column (XFD, 16,384).</summary>
    public const string UploadTooManyColumns = "CE9616";

    /// <summary>The workbook expands far beyond its size, or to more than the survey reads (a zip bomb).</summary>
    public const string UploadExpandsTooMuch = "CE9617";
}
