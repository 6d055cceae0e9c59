using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>
/// One household's answers to the survey, drawn so that they hang together: collection is rarer in
/// the mountains, satisfaction follows frequency, the price is called too high where service is poor,
/// willingness to pay and to sort rises in the wards and among younger people, and charging by volume
/// appeals to small urban households while rural and older people keep to a flat price.
/// </summary>
internal static class SurveyAnswers
{
    public static Submission Draw(Random random, Person person, InputChannel channel)
    {
        var area = person.Commune.Area;
        var frequency = Population.Pick(random, area switch
        {
            Area.Ward => [("hang-ngay", 0.68), ("3-6-lan", 0.26), ("1-2-lan", 0.05), ("it-hon", 0.01)],
            Area.Lowland => [("hang-ngay", 0.1), ("3-6-lan", 0.36), ("1-2-lan", 0.4), ("it-hon", 0.1), ("khong-thu-gom", 0.04)],
            _ => (IReadOnlyList<(string, double)>)[("hang-ngay", 0.02), ("3-6-lan", 0.1), ("1-2-lan", 0.3), ("it-hon", 0.33), ("khong-thu-gom", 0.25)],
        });
        var serviceScore = frequency switch { "hang-ngay" => 3.9, "3-6-lan" => 3.5, "1-2-lan" => 2.9, "it-hon" => 2.2, _ => 1.6 };
        var satisfaction = Math.Clamp((int)Math.Round(Population.Normal(random, serviceScore, 0.8)), 1, 5);
        var young = person.AgeBand is "18-29" or "30-44";
        var price = satisfaction <= 2
            ? Population.Pick(random, [("cao", 0.64), ("phu-hop", 0.31), ("thap", 0.05)])
            : Population.Pick(random, [("cao", 0.2), ("phu-hop", 0.68), ("thap", 0.12)]);
        var option = Population.Pick(random, (area, young) switch
        {
            (Area.Ward, true) => [("theo-khoi-luong", 0.46), ("ket-hop", 0.34), ("theo-ho", 0.2)],
            (Area.Ward, false) => [("theo-khoi-luong", 0.28), ("ket-hop", 0.34), ("theo-ho", 0.38)],
            (Area.Lowland, _) => [("theo-khoi-luong", 0.17), ("ket-hop", 0.33), ("theo-ho", 0.5)],
            _ => (IReadOnlyList<(string, double)>)[("theo-khoi-luong", 0.07), ("ket-hop", 0.18), ("theo-ho", 0.75)],
        });
        var sortBase = (area switch { Area.Ward => 0.72, Area.Lowland => 0.64, _ => 0.47 }) + (young ? 0.06 : -0.04) + (person.Gender == "nữ" ? 0.04 : 0);
        var sorting = Population.Pick(random, [("co", sortBase), ("chua-chac", (1 - sortBase) * 0.6), ("khong", (1 - sortBase) * 0.4)]);
        var maxPay = area switch { Area.Ward => 36.0, Area.Lowland => 24.0, _ => 13.0 } + (satisfaction - 3) * 3 + (young ? 3 : 0);
        var pay = Math.Clamp((int)(Math.Round(Population.Normal(random, maxPay, 7) / 5) * 5), 0, 100);

        var answers = new JsonObject
        {
            ["tan_suat"] = frequency,
            ["hai_long"] = satisfaction.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["muc_gia"] = price,
            ["phuong_an"] = option,
            ["san_sang_phan_loai"] = sorting,
            ["chi_tra_toi_da"] = pay,
        };
        if (sorting != "co")
        {
            answers["ly_do"] = Reasons(random, area);
        }

        string? comment = null;
        if (random.NextDouble() < (channel == InputChannel.Web ? 0.3 : 0.12))
        {
            var pool = SurveyComments.For(area, satisfaction);
            comment = pool[random.Next(pool.Count)];
            answers["y_kien"] = comment;
        }

        return new Submission
        {
            Channel = channel,
            Answers = JsonSerializer.SerializeToElement(answers),
            Respondent = person.Attributes,
        };
    }

    private static JsonArray Reasons(Random random, Area area)
    {
        var weights = area switch
        {
            Area.Ward => new (string Value, double Chance)[] { ("khong-co-cho", 0.45), ("xe-do-chung", 0.5), ("khong-biet-cach", 0.12), ("mat-thoi-gian", 0.3) },
            Area.Lowland => [("khong-co-thung", 0.35), ("xe-do-chung", 0.55), ("khong-biet-cach", 0.2), ("mat-thoi-gian", 0.22)],
            _ => [("khong-co-thung", 0.6), ("xe-do-chung", 0.25), ("khong-biet-cach", 0.42), ("mat-thoi-gian", 0.1)],
        };
        var chosen = new JsonArray();
        foreach (var (value, chance) in weights)
        {
            if (random.NextDouble() < chance)
            {
                chosen.Add(value);
            }
        }

        if (chosen.Count == 0)
        {
            chosen.Add(weights[0].Value);
        }

        return chosen;
    }
}
