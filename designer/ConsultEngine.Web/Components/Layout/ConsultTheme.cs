using MudBlazor;

namespace ConsultEngine.Web.Components.Layout;

/// <summary>The product's MudBlazor theme: a deep red and gold palette with contrast above WCAG AA.</summary>
internal static class ConsultTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#9b1c1c",
            Secondary = "#7a5b00",
            AppbarBackground = "#9b1c1c",
            AppbarText = "#ffffff",
        },
    };
}
