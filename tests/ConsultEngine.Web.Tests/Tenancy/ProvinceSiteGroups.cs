namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>The API's cross-province calls change the consultation they reach: the pages get a host of their own.</summary>
[CollectionDefinition(Name)]
public sealed class ProvincePagesGroup : ICollectionFixture<ProvinceSiteFixture>
{
    public const string Name = "province site pages";
}
