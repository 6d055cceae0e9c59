using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Validation;
using FsCheck;
using FsCheck.Xunit;

namespace ConsultEngine.Definitions.Tests.Corpus;

/// <summary>Whatever bytes it is given, the validator answers with placed diagnostics and never throws.</summary>
public sealed class GarbageProperties
{
    private static readonly byte[] Base = File.ReadAllBytes(CorpusFiles.BasePath);

    /// <summary>Values a mutation puts in place of one of the base definition's values.</summary>
    private static readonly JsonNode?[] Replacements =
    [
        null, 0, -1, 1.5, true, "", "x", "P0D", "task@2", "tool:survey", "hearing", "draft-plan", "rules.ghost &&",
        new JsonArray(), new JsonObject(), new JsonArray("hearing", "hearing"), new JsonObject { ["vi"] = "" },
    ];

    private readonly DefinitionValidator _validator = CorpusFiles.CreateValidator();

    [Property(MaxTest = 300)]
    public void RandomBytes_AreRefusedWithAnError(byte[] bytes)
    {
        var result = _validator.ValidateUtf8(bytes);

        Assert.Contains(result.Diagnostics, d => d.IsError);
        AssertPlaced(result);
    }

    [Property(MaxTest = 300)]
    public void TruncatedDefinition_IsRefusedAsMalformed(NonNegativeInt length)
    {
        // Any cut before the closing brace leaves an object open.
        var cut = length.Get % Base.AsSpan().LastIndexOf((byte)'}');

        var result = _validator.ValidateUtf8(Base[..cut]);

        Assert.Contains(result.Diagnostics, d => d.Code == "CE0002");
        AssertPlaced(result);
    }

    [Property(MaxTest = 300)]
    public void DefinitionWithFlippedBytes_NeverThrows(NonNegativeInt[] positions, byte[] values)
    {
        var bytes = (byte[])Base.Clone();
        foreach (var (position, value) in positions.Zip(values))
        {
            bytes[position.Get % bytes.Length] = value;
        }

        AssertPlaced(_validator.ValidateUtf8(bytes));
    }

    [Property(MaxTest = 300)]
    public void DefinitionWithValuesReplaced_NeverThrows(NonNegativeInt[] targets, NonNegativeInt[] replacements)
    {
        var document = JsonNode.Parse(Base)!;
        foreach (var (target, replacement) in targets.Zip(replacements))
        {
            var values = Descendants(document).ToList();
            var (parent, key) = values[target.Get % values.Count];
            var value = Replacements[replacement.Get % Replacements.Length]?.DeepClone();
            if (parent is JsonObject obj)
            {
                obj[(string)key] = value;
            }
            else
            {
                ((JsonArray)parent)[(int)key] = value;
            }
        }

        AssertPlaced(_validator.ValidateText(document.ToJsonString()));
    }

    private static void AssertPlaced(ValidationResult result) =>
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1 && d.Column >= 1 && (d.Path.Length == 0 || d.Path.StartsWith('/')), d.ToString()));

    /// <summary>Every value under <paramref name="root"/> with its parent and its key (a name or an index).</summary>
    private static IEnumerable<(JsonNode Parent, object Key)> Descendants(JsonNode root)
    {
        var pending = new Stack<JsonNode>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var children = node switch
            {
                JsonObject obj => obj.Select(p => ((object)p.Key, p.Value)),
                JsonArray array => array.Select((v, i) => ((object)i, v)),
                _ => [],
            };
            foreach (var (key, child) in children.ToList())
            {
                yield return (node, key);
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
