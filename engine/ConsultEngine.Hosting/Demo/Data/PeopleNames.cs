using System.Globalization;

namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>Vietnamese full names and mobile numbers for the people who register, vote and speak.</summary>
internal static class PeopleNames
{
    private static readonly string[] Surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Hồ", "Phan", "Võ", "Đặng", "Bùi", "Đậu", "Thái", "Cao", "Lương"];
    private static readonly string[] MaleMiddle = ["Văn", "Đình", "Hữu", "Minh", "Quang", "Xuân", "Đức"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Thị Minh"];
    private static readonly string[] MaleGiven = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Tuấn", "Vinh", "Lực", "Toàn"];
    private static readonly string[] FemaleGiven = ["Anh", "Dung", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Mai", "Nga", "Oanh", "Phương", "Thảo", "Trang", "Yến", "Lý", "Tuyết"];
    private static readonly string[] Prefixes = ["091", "094", "088", "096", "097", "098", "086", "033", "035", "037", "039", "070", "076", "079", "081", "083", "085"];

    public static string FullName(Random random, string gender) => gender == "nữ"
        ? $"{Pick(random, Surnames)} {Pick(random, FemaleMiddle)} {Pick(random, FemaleGiven)}"
        : $"{Pick(random, Surnames)} {Pick(random, MaleMiddle)} {Pick(random, MaleGiven)}";

    /// <summary>The <paramref name="index"/>-th of a run's distinct mobile numbers (ten digits starting with 0).</summary>
    public static string Mobile(int index, int series) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefixes[index % Prefixes.Length]}{series % 10}{index:D6}");

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
