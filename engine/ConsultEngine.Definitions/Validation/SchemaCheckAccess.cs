namespace ConsultEngine.Definitions.Validation;

/// <summary>Read access to the embedded schema for tools (the CLI prints it, tests compare it to the file).</summary>
public static class SchemaCheckAccess
{
    public static string SchemaText => SchemaCheck.SchemaText;
}
