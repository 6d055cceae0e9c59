namespace ConsultEngine.Hosting.Demo;

/// <summary>The example's names that several stages quote: the province, the issues, the staff who act.</summary>
internal static class DemoTexts
{
    public const string Province = "Nghệ An";

    public const string ConsultationTitle = "Tham vấn ý kiến nhân dân về giá dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Nghệ An năm 2026";

    /// <summary>The first issue selected: the price of the service (raised by voters).</summary>
    public const string IssueFee = "Giá dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt";

    /// <summary>The second issue selected: sorting at source (the Council's supervision plan).</summary>
    public const string IssueSorting = "Phân loại chất thải rắn sinh hoạt tại nguồn";

    /// <summary>The contractor of the survey.</summary>
    public const string Contractor = "Trường Đại học Vinh";

    /// <summary>Staff user names per role of the definition.</summary>
    public static class Actors
    {
        public const string Office = "tran.thi.thu.ha";
        public const string OfficeDeputy = "nguyen.van.duc";
        public const string StandingCommittee = "ho.van.thanh";
        public const string Executive = "phan.van.long";
        public const string Contractor = "nguyen.hoai.nam";
        public const string WorkingGroup = "nguyen.van.hung";
        public const string SecondCoder = "le.thi.minh.chau";
        public const string PeopleCouncil = "dang.thi.lan";
        public const string Enumerator = "dtv.dhvinh";
    }
}
