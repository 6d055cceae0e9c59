namespace ConsultEngine.Web.StaffConsole;

/// <summary>An endpoint filter that answers the console's and the engine's refusals as problem details (<see cref="Refusal"/>).</summary>
internal static class RefusalFilter
{
    public static TBuilder AnswerRefusals<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (Exception exception) when (Refusal.From(exception) is not null)
            {
                return Refusal.From(exception)!.ToResult();
            }
        });
}
