namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>The household questionnaire (the payload of the survey's <c>set-questionnaire</c> action).</summary>
internal static class SurveyQuestionnaire
{
    public const string Json = """
        {
          "title": { "vi": "Phiếu khảo sát hộ gia đình về giá dịch vụ thu gom, vận chuyển, xử lý rác thải sinh hoạt", "en": "Household survey on the price of household waste collection" },
          "formId": "bang-hoi-khao-sat", "formVersion": "2026-04",
          "languages": ["vi", "en"],
          "questions": [
            { "id": "tan_suat", "type": "single-choice", "required": true,
              "label": { "vi": "Rác của gia đình được thu gom bao nhiêu lần mỗi tuần?", "en": "How often is your household's waste collected?" },
              "options": [
                { "value": "hang-ngay", "label": { "vi": "Hằng ngày", "en": "Every day" } },
                { "value": "3-6-lan", "label": { "vi": "3 - 6 lần/tuần", "en": "3-6 times a week" } },
                { "value": "1-2-lan", "label": { "vi": "1 - 2 lần/tuần", "en": "1-2 times a week" } },
                { "value": "it-hon", "label": { "vi": "Ít hơn 1 lần/tuần", "en": "Less than weekly" } },
                { "value": "khong-thu-gom", "label": { "vi": "Không được thu gom", "en": "Not collected" } } ] },
            { "id": "hai_long", "type": "likert", "required": true,
              "label": { "vi": "Mức độ hài lòng với dịch vụ thu gom hiện nay", "en": "Satisfaction with the collection service" },
              "options": [
                { "value": "1", "label": { "vi": "Rất không hài lòng", "en": "Very dissatisfied" } },
                { "value": "2", "label": { "vi": "Không hài lòng", "en": "Dissatisfied" } },
                { "value": "3", "label": { "vi": "Bình thường", "en": "Neutral" } },
                { "value": "4", "label": { "vi": "Hài lòng", "en": "Satisfied" } },
                { "value": "5", "label": { "vi": "Rất hài lòng", "en": "Very satisfied" } } ] },
            { "id": "muc_gia", "type": "single-choice", "required": true,
              "label": { "vi": "So với chất lượng dịch vụ, mức giá hiện nay là", "en": "Compared with the service, today's price is" },
              "options": [
                { "value": "cao", "label": { "vi": "Cao", "en": "Too high" } },
                { "value": "phu-hop", "label": { "vi": "Phù hợp", "en": "About right" } },
                { "value": "thap", "label": { "vi": "Thấp", "en": "Low" } } ] },
            { "id": "phuong_an", "type": "single-choice", "required": true,
              "label": { "vi": "Gia đình ủng hộ phương án tính giá nào?", "en": "Which way of charging do you support?" },
              "options": [
                { "value": "theo-ho", "label": { "vi": "Theo hộ gia đình, mức cố định mỗi tháng", "en": "A flat monthly price per household" } },
                { "value": "theo-khoi-luong", "label": { "vi": "Theo khối lượng, qua túi đựng rác có in giá", "en": "By volume, through priced bags" } },
                { "value": "ket-hop", "label": { "vi": "Kết hợp: mức cơ bản theo hộ và thu thêm khi vượt định mức", "en": "Combined: a base price plus a charge above a quota" } } ] },
            { "id": "san_sang_phan_loai", "type": "single-choice", "required": true,
              "label": { "vi": "Gia đình có sẵn sàng phân loại rác tại nguồn không?", "en": "Is your household ready to sort its waste?" },
              "options": [
                { "value": "co", "label": { "vi": "Có", "en": "Yes" } },
                { "value": "chua-chac", "label": { "vi": "Chưa chắc", "en": "Not sure" } },
                { "value": "khong", "label": { "vi": "Không", "en": "No" } } ] },
            { "id": "ly_do", "type": "multiple-choice", "required": true, "relevant": "answers.san_sang_phan_loai !== 'co'",
              "label": { "vi": "Điều gì cản trở gia đình phân loại rác?", "en": "What keeps your household from sorting?" },
              "options": [
                { "value": "khong-co-thung", "label": { "vi": "Không có thùng chứa", "en": "No bins" } },
                { "value": "khong-co-cho", "label": { "vi": "Nhà chật, không có chỗ để", "en": "No room at home" } },
                { "value": "xe-do-chung", "label": { "vi": "Xe thu gom đổ chung", "en": "Collected mixed anyway" } },
                { "value": "khong-biet-cach", "label": { "vi": "Không biết cách phân loại", "en": "Does not know how" } },
                { "value": "mat-thoi-gian", "label": { "vi": "Mất thời gian", "en": "Takes time" } } ] },
            { "id": "chi_tra_toi_da", "type": "number", "required": true, "integer": true, "min": 0, "max": 200,
              "label": { "vi": "Mức tối đa gia đình sẵn sàng trả mỗi tháng (nghìn đồng)", "en": "Most your household would pay a month (thousand VND)" } },
            { "id": "y_kien", "type": "long-text", "maxLength": 2000,
              "label": { "vi": "Ý kiến khác của gia đình", "en": "Other comments" } }
          ]
        }
        """;
}
