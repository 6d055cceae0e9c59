using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>The three kinds of place the survey samples, which drive most of the answers.</summary>
internal enum Area
{
    Ward,
    Lowland,
    Mountain,
}

/// <summary>A commune or ward of Nghệ An (two-tier local government since July 2025: no districts).</summary>
internal sealed record Commune(string Name, Area Area, int Weight);

/// <summary>One person drawn from the province's population.</summary>
internal sealed record Person(Commune Commune, string Gender, string AgeBand, string Ethnicity, string Occupation)
{
    /// <summary>The shared input model's attributes: the commune or ward, the tier directly below the province since 2025.</summary>
    public RespondentAttributes Attributes => new()
    {
        Province = DemoTexts.Province,
        Commune = Commune.Name,
        Gender = Gender,
        AgeBand = AgeBand,
        Ethnicity = Ethnicity,
        Occupation = Occupation,
    };
}

/// <summary>Draws people with the province's rough make-up: wards are Kinh and urban, mountain communes mostly Thái, Khơ Mú and H'Mông.</summary>
internal static class Population
{
    public static IReadOnlyList<Commune> Communes { get; } =
    [
        new("phường Trường Vinh", Area.Ward, 14), new("phường Thành Vinh", Area.Ward, 12), new("phường Vinh Hưng", Area.Ward, 9),
        new("phường Vinh Phú", Area.Ward, 8), new("phường Vinh Lộc", Area.Ward, 6), new("phường Cửa Lò", Area.Ward, 6),
        new("phường Hoàng Mai", Area.Ward, 5), new("phường Thái Hòa", Area.Ward, 4),
        new("xã Nghi Lộc", Area.Lowland, 7), new("xã Diễn Châu", Area.Lowland, 8), new("xã Yên Thành", Area.Lowland, 7),
        new("xã Quỳnh Lưu", Area.Lowland, 7), new("xã Đô Lương", Area.Lowland, 6), new("xã Nam Đàn", Area.Lowland, 5),
        new("xã Hưng Nguyên", Area.Lowland, 5), new("xã Thanh Chương", Area.Lowland, 5), new("xã Anh Sơn", Area.Lowland, 3),
        new("xã Con Cuông", Area.Mountain, 4), new("xã Tương Dương", Area.Mountain, 3), new("xã Mường Xén", Area.Mountain, 3),
        new("xã Quế Phong", Area.Mountain, 3), new("xã Quỳ Hợp", Area.Mountain, 3), new("xã Nghĩa Đàn", Area.Mountain, 3),
        new("xã Tân Kỳ", Area.Mountain, 3),
    ];

    private static readonly int TotalWeight = Communes.Sum(c => c.Weight);

    public static Person Draw(Random random, Func<Commune, bool>? where = null)
    {
        var commune = Commune(random, where);
        var gender = random.NextDouble() < 0.53 ? "nữ" : "nam";
        var age = Pick(random, [("18-29", 0.2), ("30-44", 0.33), ("45-59", 0.29), ("60+", 0.18)]);
        var ethnicity = commune.Area switch
        {
            Area.Mountain => Pick(random, [("Thái", 0.52), ("Kinh", 0.24), ("Khơ Mú", 0.13), ("H'Mông", 0.09), ("Ơ Đu", 0.02)]),
            Area.Lowland => random.NextDouble() < 0.97 ? "Kinh" : "Thái",
            _ => random.NextDouble() < 0.99 ? "Kinh" : "Thái",
        };
        var occupation = age == "60+" && random.NextDouble() < 0.6 ? "nghỉ hưu" : commune.Area switch
        {
            Area.Ward => Pick(random, [("công nhân, viên chức", 0.36), ("buôn bán, kinh doanh", 0.3), ("lao động tự do", 0.2), ("học sinh, sinh viên", 0.08), ("nông dân", 0.06)]),
            Area.Lowland => Pick(random, [("nông dân", 0.46), ("buôn bán, kinh doanh", 0.18), ("công nhân, viên chức", 0.2), ("lao động tự do", 0.16)]),
            _ => Pick(random, [("nông dân", 0.72), ("lao động tự do", 0.12), ("công nhân, viên chức", 0.1), ("buôn bán, kinh doanh", 0.06)]),
        };
        return new Person(commune, gender, age, ethnicity, occupation);
    }

    public static T Pick<T>(Random random, IReadOnlyList<(T Value, double Weight)> choices)
    {
        var total = choices.Sum(c => c.Weight);
        var roll = random.NextDouble() * total;
        foreach (var (value, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    /// <summary>A normally distributed draw (Box–Muller).</summary>
    public static double Normal(Random random, double mean, double sd) =>
        mean + (sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

    private static Commune Commune(Random random, Func<Commune, bool>? where)
    {
        if (where is not null)
        {
            var some = Communes.Where(where).ToList();
            return Pick(random, [.. some.Select(c => (c, (double)c.Weight))]);
        }

        var roll = random.Next(TotalWeight);
        foreach (var commune in Communes)
        {
            roll -= commune.Weight;
            if (roll < 0)
            {
                return commune;
            }
        }

        return Communes[^1];
    }
}
