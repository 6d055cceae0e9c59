namespace ConsultEngine.Web.Api;

/// <summary>Marks a static class whose <c>public static void Map(RouteGroupBuilder api)</c> adds endpoints under <c>/api</c>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ApiEndpointGroupAttribute : Attribute;
