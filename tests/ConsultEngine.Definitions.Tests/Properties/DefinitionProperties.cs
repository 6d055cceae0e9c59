using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using FsCheck.Xunit;

namespace ConsultEngine.Definitions.Tests.Properties;

/// <summary>Invariants of the language, checked on many generated documents.</summary>
public sealed class DefinitionProperties
{
    private static readonly DefinitionValidator Validator = new(StandardToolTypes.CreateRegistry(), new DefinitionCatalog());

    [Property(MaxTest = 300)]
    public bool ValidDefinitions_RoundTripThroughJson(int seed)
    {
        var json = DefinitionJson.Serialize(RandomDefinitions.Create(seed));

        var again = DefinitionJson.Serialize(DefinitionJson.DeserializeDefinition(json));

        return json == again;
    }

    [Property(MaxTest = 300)]
    public void GeneratedDefinitions_ValidateWithoutErrors(int seed)
    {
        var json = DefinitionJson.Serialize(RandomDefinitions.Create(seed));

        var result = Validator.ValidateText(json);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Diagnostics) + Environment.NewLine + json);
    }

    [Property(MaxTest = 500)]
    public void ArbitraryJson_NeverMakesTheValidatorThrow(int seed)
    {
        var random = new Random(seed);
        var document = RandomDefinitions.RandomJson(random, 0)?.ToJsonString() ?? "null";

        var result = Validator.ValidateText(document);

        Assert.All(result.Diagnostics, d => Assert.Matches(@"^CE\d{4}$", d.Code));
    }

    [Property(MaxTest = 500)]
    public void MutatedDefinitions_NeverMakeTheValidatorThrow_AndAlwaysPlaceTheirDiagnostics(int seed)
    {
        var random = new Random(seed);
        var node = JsonNode.Parse(DefinitionJson.Serialize(RandomDefinitions.Create(seed)))!;
        for (var i = 0; i < random.Next(1, 6); i++)
        {
            Mutate(node, random);
        }

        var result = Validator.ValidateUtf8(Encoding.UTF8.GetBytes(node.ToJsonString()));

        Assert.All(result.Diagnostics, d =>
        {
            Assert.True(d.Line >= 1 && d.Column >= 1, d.ToString());
            Assert.True(d.Path.Length == 0 || d.Path.StartsWith('/'), d.ToString());
        });
    }

    /// <summary>Replaces, removes or retypes one random value somewhere in the tree.</summary>
    private static void Mutate(JsonNode root, Random random)
    {
        var containers = new List<JsonNode>();
        Collect(root, containers);
        var target = containers[random.Next(containers.Count)];
        switch (target)
        {
            case JsonObject obj when obj.Count > 0:
                var name = obj.ElementAt(random.Next(obj.Count)).Key;
                if (random.Next(2) == 0)
                {
                    obj.Remove(name);
                }
                else
                {
                    obj[name] = RandomDefinitions.RandomJson(random, 4);
                }

                break;
            case JsonArray array when array.Count > 0:
                array[random.Next(array.Count)] = RandomDefinitions.RandomJson(random, 4);
                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject obj:
                into.Add(obj);
                foreach (var (_, child) in obj)
                {
                    Collect(child, into);
                }

                break;
            case JsonArray array:
                into.Add(array);
                foreach (var child in array)
                {
                    Collect(child, into);
                }

                break;
        }
    }
}
