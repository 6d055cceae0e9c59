using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// A one-row <c>INSERT</c> generated from the EF Core model (column names, type mappings and value
/// converters, as <see cref="Storage.RowTable{TRow}"/> does), for the ingestion hot path: its
/// parameters are created once per command and only re-valued for each row, so a row costs no
/// parameter allocations. The columns the database assigns (the sequence) are named and left out.
/// </summary>
internal sealed class InsertStatement<TRow>
    where TRow : class
{
    private readonly Column[] _columns;

    public InsertStatement(IModel model, ISqlGenerationHelper sql, string suffix, params string[] assignedByDatabase)
    {
        var entity = model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _columns = [.. entity.GetProperties()
            .Where(p => !assignedByDatabase.Contains(p.Name, StringComparer.Ordinal))
            .Select((p, i) => new Column(p, sql.DelimitIdentifier(p.GetColumnName(table)!), sql.GenerateParameterName($"c{i}"), p.GetRelationalTypeMapping(), p.GetGetter()))];
        Sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(c => c.Name))}) " +
            $"VALUES ({string.Join(", ", _columns.Select(c => c.Placeholder))}){suffix}";
    }

    public string Sql { get; }

    /// <summary>A command for <see cref="Sql"/> on <paramref name="connection"/>, with its parameters typed by the model.</summary>
    public DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        foreach (var column in _columns)
        {
            command.Parameters.Add(column.Mapping.CreateParameter(command, column.Placeholder, value: null, column.Property.IsNullable));
        }

        return command;
    }

    /// <summary>Sets every parameter of a command from <see cref="CreateCommand"/> to <paramref name="row"/>'s values.</summary>
    public void Bind(DbCommand command, TRow row)
    {
        var parameters = command.Parameters;
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var value = column.Getter.GetClrValue(row);
            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            parameters[i].Value = value ?? DBNull.Value;
        }
    }

    private sealed record Column(IProperty Property, string Name, string Placeholder, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);
}
