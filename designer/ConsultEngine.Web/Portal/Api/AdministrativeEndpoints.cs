using ConsultEngine.Definitions.Administrative;
using ConsultEngine.Persistence.Administrative;
using ConsultEngine.Web.Api;

namespace ConsultEngine.Web.Portal.Api;

/// <summary>
/// The administrative units for pick-lists: the 34 provinces and centrally-run cities the product
/// ships, and the communes, wards and special zones a province imported (<c>consult communes import</c>).
/// Public data: read without sign-in.
/// </summary>
[ApiEndpointGroup]
internal static class AdministrativeEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/administrative").WithTags("Administrative units").AllowAnonymous();

        group.MapGet("/provinces", () => TypedResults.Ok<IReadOnlyList<ProvinceResponse>>([.. Provinces.All.Select(ProvinceResponse.Of)]))
            .WithName("ListProvinces")
            .WithSummary("The 34 provinces and centrally-run cities")
            .WithDescription("The provincial-level units since 1 July 2025 (Resolution 202/2025/QH15), by official code: code, Vietnamese and English name, kind (province or city).")
            .Produces<IReadOnlyList<ProvinceResponse>>();

        group.MapGet("/provinces/{code}/communes", async Task<IResult> (string code, ICommuneStore communes, CancellationToken cancellationToken) =>
            {
                try
                {
                    var list = await communes.ListAsync(code, cancellationToken).ConfigureAwait(false);
                    return TypedResults.Ok<IReadOnlyList<CommuneResponse>>([.. list.Select(c => new CommuneResponse(c.Code, c.Name, Commune.KindText(c.Kind)))]);
                }
                catch (CommuneImportException error)
                {
                    return ApiProblems.Problem(error.Code, error.Message);
                }
            })
            .WithName("ListCommunes")
            .WithSummary("A province's communes, wards and special zones")
            .WithDescription("The units the province imported, in its file's order: code, name, kind (commune, ward, special-zone). Empty when it imported none; 404 (CE8206) for a code that is not one of the 34.")
            .Produces<IReadOnlyList<CommuneResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record ProvinceResponse(string Code, string Name, string EnglishName, string Kind)
    {
        public static ProvinceResponse Of(Province p) => new(p.Code, p.Name, p.EnglishName, p.Kind == ProvinceKind.City ? "city" : "province");
    }

    internal sealed record CommuneResponse(string Code, string Name, string Kind);
}
