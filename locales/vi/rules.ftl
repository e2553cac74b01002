# Giải thích quy định, thực tế của hộ và căn cứ xếp loại. Dùng chung cho dòng lệnh và ứng dụng.

## Quy định của từng chỉ số
rule-sick-untreated = Thiếu hụt khi trong hộ có người ốm đau, bệnh tật đến mức phải nằm một chỗ và cần người chăm sóc tại giường, hoặc phải nghỉ việc, nghỉ học, không tham gia được các hoạt động bình thường, mà không đi khám chữa bệnh trong 12 tháng qua.
rule-health-insurance = Thiếu hụt khi trong hộ có ít nhất một thành viên từ đủ { $min_age } tuổi trở lên không có bảo hiểm y tế.
rule-adult-education-cohort = Thiếu hụt khi trong hộ có ít nhất một thành viên từ đủ { $min_age } tuổi trở lên, sinh từ năm { $born_from } trở lại đây, chưa tốt nghiệp { $required } và hiện không đi học.
rule-adult-education-bands = Thiếu hụt khi trong hộ có ít nhất một thành viên không đi học và chưa có trình độ phù hợp với độ tuổi: { $bands }.
rule-adult-education-band = người từ đủ { $from } tuổi đến dưới { $below } tuổi phải tốt nghiệp { $required }
rule-adult-education-band-vocational = người từ đủ { $from } tuổi đến { $to } tuổi phải tốt nghiệp { $required } hoặc có chứng chỉ sơ cấp hoặc bằng trung cấp, cao đẳng (giáo dục nghề nghiệp)
rule-adult-education-on-the-job = Người đang làm việc tại doanh nghiệp, được doanh nghiệp đào tạo tại chỗ và có xác nhận, được coi là đã qua đào tạo.
rule-child-school-attending = Thiếu hụt khi trong hộ có ít nhất một trẻ từ đủ { $from } tuổi đến dưới { $below } tuổi không đi học.
rule-child-school-at-level = Thiếu hụt khi trong hộ có ít nhất một trẻ từ đủ { $from } tuổi đến dưới { $below } tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi.
rule-housing-quality = Thiếu hụt khi hộ ở nhà không bền chắc: ít nhất { $at_least } trong 3 kết cấu chính (tường, cột, mái) làm bằng vật liệu không bền chắc.
rule-housing-area = Thiếu hụt khi diện tích nhà ở bình quân đầu người dưới { $min } m².
rule-water-hygienic = Thiếu hụt khi hộ không tiếp cận được nguồn nước hợp vệ sinh. Các nguồn nước hợp vệ sinh gồm: { $accepted }.
rule-water-clean = Thiếu hụt khi hộ không tiếp cận được nguồn nước sạch. Các nguồn nước sạch gồm: { $accepted }.
rule-sanitation = Thiếu hụt khi hộ không sử dụng nhà tiêu hợp vệ sinh. Các loại nhà tiêu hợp vệ sinh gồm: { $accepted }.
rule-telecom = Thiếu hụt khi không thành viên nào trong hộ sử dụng { $services }.
rule-information = Thiếu hụt khi hộ không có { $term ->
        [assets] tài sản
       *[means] phương tiện
    } nào trong số: { $accepted }.
rule-information-loudspeaker = Thiếu hụt khi hộ không có { $term ->
        [assets] tài sản
       *[means] phương tiện
    } nào trong số: { $accepted }; đồng thời không nghe được hệ thống loa truyền thanh của xã, thôn.
rule-employment = Thiếu hụt khi trong hộ có ít nhất một người trong độ tuổi lao động (từ đủ { $min_age } tuổi đến chưa đủ tuổi nghỉ hưu; năm { $year }: nam đủ { $male }, nữ đủ { $female }) đang { $work }.
rule-dependents = Thiếu hụt khi người phụ thuộc chiếm trên { $percent }% số thành viên của hộ. Người phụ thuộc gồm: trẻ em dưới { $child } tuổi; người từ đủ { $elderly } tuổi trở lên{ $elderly_allowance ->
        [yes] {" "}đang hưởng trợ cấp xã hội hằng tháng
       *[no] {""}
    }; người { $levels }{ $disability_allowance ->
        [yes] {" "}đang hưởng trợ cấp xã hội hằng tháng
       *[no] {""}
    }.
rule-nutrition = Thiếu hụt khi trong hộ có ít nhất một trẻ em dưới { $below } tuổi bị { $conditions }.
rule-waste = Thiếu hụt khi rác thải sinh hoạt của hộ { $deprived }.

## Thực tế của hộ
reason-sick-untreated = ốm đau nhưng không đi khám chữa bệnh
reason-no-health-insurance = không có bảo hiểm y tế
reason-missing-education = không đi học, chưa tốt nghiệp { $required } (trình độ cao nhất: { $completed })
reason-child-dependant = trẻ em
reason-elderly-dependant = người cao tuổi
reason-disabled-dependant = { $level }
reason-uses-telecom = sử dụng { $service }
finding-member = { $member }: { $reason }
finding-nobody-concerned = Trong hộ không có ai thuộc đối tượng xem xét của chỉ số này.
finding-all-meet = { $count ->
        [1] Người duy nhất thuộc đối tượng xem xét đạt yêu cầu.
       *[other] Cả { $count } người thuộc đối tượng xem xét đều đạt yêu cầu.
    }
finding-structures = Tường { $wall }, cột { $frame }, mái { $roof }: { $count } kết cấu không bền chắc.
finding-area = { $area } m² cho { $members } người, bình quân { $per_person } m²/người (cả hộ cần ít nhất { $needed } m²).
finding-water = Nguồn nước: { $source }.
finding-latrine = Nhà tiêu: { $latrine }.
finding-telecom-nobody = Không thành viên nào sử dụng.
finding-information = { $term ->
        [assets] Tài sản
       *[means] Phương tiện
    }: { $owned }; loa truyền thanh: { $hears }.
finding-information-owns-none = không có
finding-information-hears = nghe được
finding-information-hears-not = không nghe được
finding-information-hears-not-counted = nghe được (chuẩn này không tính)
finding-dependants = { $count } người phụ thuộc trong tổng số { $members } thành viên ({ $percent }%)
finding-waste = Rác thải sinh hoạt { $waste }.

## Căn cứ xếp loại
clause-poor-by-income-alone = Thu nhập bình quân { $income }/người/tháng, ở mức từ chuẩn nghèo { $line } trở xuống: thuộc hộ nghèo theo tiêu chí thu nhập, không xét mức độ thiếu hụt.
clause-poor-in-band = Thu nhập bình quân { $income }/người/tháng, trên chuẩn nghèo { $line } và từ chuẩn cận nghèo { $near } trở xuống, thiếu hụt { $count } chỉ số (từ { $cutoff } chỉ số trở lên): hộ nghèo.
clause-near-poor-in-band = Thu nhập bình quân { $income }/người/tháng, trên chuẩn nghèo { $line } và từ chuẩn cận nghèo { $near } trở xuống, thiếu hụt { $count } chỉ số (dưới { $cutoff } chỉ số): hộ cận nghèo.
clause-poor-income-and-deprivations = Thu nhập bình quân { $income }/người/tháng, ở mức từ chuẩn nghèo { $line } trở xuống, và thiếu hụt { $count } chỉ số (từ { $cutoff } chỉ số trở lên): hộ nghèo.
clause-near-poor-few-deprivations = Thu nhập bình quân { $income }/người/tháng, ở mức từ chuẩn nghèo { $line } trở xuống, và thiếu hụt { $count } chỉ số (dưới { $cutoff } chỉ số): hộ cận nghèo.
clause-average-band = Thu nhập bình quân { $income }/người/tháng, trên { $lower } và từ { $upper } trở xuống: hộ có mức sống trung bình.
clause-above-average-band = Thu nhập bình quân { $income }/người/tháng, trên { $upper }: không thuộc diện hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình.
clause-average-band-excluded = Thu nhập bình quân { $income }/người/tháng, trên { $lower }, nên không phải hộ nghèo, hộ cận nghèo. Vì là hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp, khi xác định hộ có mức sống trung bình không tính khoản trợ cấp, trợ giúp xã hội từ ngân sách nhà nước ({ $excluded }/năm): còn { $band_income }/người/tháng, từ { $upper } trở xuống: hộ có mức sống trung bình. Trong thực tế, việc này làm theo thủ tục riêng, khi hộ có giấy đề nghị.
clause-above-average-band-excluded = Thu nhập bình quân { $income }/người/tháng, trên { $lower }, nên không phải hộ nghèo, hộ cận nghèo. Vì là hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp, diêm nghiệp, khi xác định hộ có mức sống trung bình không tính khoản trợ cấp, trợ giúp xã hội từ ngân sách nhà nước ({ $excluded }/năm): còn { $band_income }/người/tháng, vẫn trên { $upper }: không thuộc hộ có mức sống trung bình.
clause-average-band-undefined = Thu nhập bình quân { $income }/người/tháng, trên chuẩn nghèo { $line }: không phải hộ nghèo, hộ cận nghèo. Chưa có thông tin đã đối chiếu về khoảng thu nhập của hộ có mức sống trung bình theo chuẩn này; chương trình chưa xác định được hộ có thuộc diện đó hay không.

## So sánh hai chuẩn đối với một hộ
change-class = Xếp loại thay đổi từ { $from } thành { $to }.
cause-income-only-removed = Theo { $from }, thu nhập từ chuẩn nghèo trở xuống là đủ để xếp hộ nghèo; theo { $to }, hộ nghèo phải vừa có thu nhập từ chuẩn nghèo trở xuống, vừa thiếu hụt từ { $cutoff } chỉ số trở lên.
cause-line-moved = Do chuẩn thu nhập thay đổi, thu nhập của hộ nay { $below ->
        [yes] không cao hơn chuẩn
       *[no] cao hơn chuẩn
    }.
cause-count-crossed = Số chỉ số thiếu hụt nay { $reached ->
        [yes] đã đạt
       *[no] không còn đạt
    } ngưỡng từ { $cutoff } chỉ số trở lên, do có chỉ số được thêm, bỏ hoặc đổi ngưỡng.
cause-average-band-moved = Khoảng thu nhập của hộ có mức sống trung bình đã thay đổi.
cause-average-band-undefined = Chưa có thông tin đã đối chiếu về khoảng mức sống trung bình theo { $to }; chương trình chưa xác định được hộ có thuộc diện đó hay không.
change-average-band-unknown = Theo { $to }, hộ không phải hộ nghèo, hộ cận nghèo. Chưa có thông tin đã đối chiếu về khoảng mức sống trung bình của chuẩn này nên chưa xác định được hộ { $was_average ->
        [yes] có còn là hộ có mức sống trung bình
       *[no] có thuộc diện hộ có mức sống trung bình
    } hay không.
change-line-moved = Khu vực { $area }: trước đây { $has_near ->
        [yes] chuẩn nghèo { $from }, chuẩn cận nghèo { $from_near }
       *[no] chuẩn nghèo { $from }
    }; nay { $to_has_near ->
        [yes] chuẩn nghèo { $to }
       *[no] { $has_near ->
            [yes] chỉ còn một chuẩn nghèo { $to }
           *[no] chuẩn nghèo { $to }
        }
    } (mỗi người mỗi tháng).
change-income-only-removed = Không còn xếp hộ nghèo chỉ theo tiêu chí thu nhập.
change-indicator-added = Chỉ số mới “{ $name }”: hộ { $deprived ->
        [yes] bị thiếu hụt
       *[no] không thiếu hụt
    }.
change-indicator-removed = Chỉ số “{ $name }” không còn được tính (trước đây hộ { $deprived ->
        [yes] bị thiếu hụt
       *[no] không thiếu hụt
    }).
change-indicator-threshold = Chỉ số “{ $name }” đổi ngưỡng: nay hộ { $deprived ->
        [yes] bị thiếu hụt
       *[no] không thiếu hụt
    }.
change-count-crossed = Số chỉ số thiếu hụt đổi từ { $from } thành { $to } (hộ nghèo: thiếu hụt từ { $cutoff } chỉ số trở lên).

## Những thay đổi về quy định giữa hai chuẩn
standard-change-legal-form = Chuẩn nghèo trước đây được ban hành bằng { $from_form }; nay bằng { $to_form }.
standard-change-lines = Khu vực { $area }: trước đây { $from_has_near ->
        [yes] chuẩn nghèo { $from_poverty }, chuẩn cận nghèo { $from_near }
       *[no] chuẩn nghèo { $from_poverty }
    }; nay { $to_has_near ->
        [yes] chuẩn nghèo { $to_poverty }, chuẩn cận nghèo { $to_near }
       *[no] { $from_has_near ->
            [yes] chỉ còn một chuẩn nghèo { $to_poverty }, không có chuẩn cận nghèo riêng
           *[no] chuẩn nghèo { $to_poverty }
        }
    } (mỗi người mỗi tháng).
standard-change-rule-income-and-deprivations = Thu nhập thấp không còn đủ để xếp hộ nghèo: hộ nghèo phải có thu nhập từ chuẩn nghèo trở xuống và thiếu hụt từ { $cutoff } chỉ số trở lên; thiếu hụt dưới { $cutoff } chỉ số là hộ cận nghèo.
standard-change-rule-income-alone = Hộ có thu nhập từ chuẩn nghèo trở xuống là hộ nghèo, không xét mức độ thiếu hụt.
standard-change-average-band = Khu vực { $area }: hộ có mức sống trung bình trước đây có thu nhập trên { $from_lower } đến { $from_upper }; nay trên { $to_lower } đến { $to_upper } (mỗi người mỗi tháng).
standard-change-average-undefined = Chưa có thông tin đã đối chiếu về khoảng thu nhập của hộ có mức sống trung bình theo chuẩn mới; với hộ có thu nhập trên chuẩn nghèo, chương trình chưa xác định được hộ có thuộc diện đó hay không.
standard-change-service-added = Thêm dịch vụ xã hội cơ bản: { $name }.
standard-change-service-removed = Bỏ dịch vụ xã hội cơ bản: { $name }.
standard-change-service-renamed = Dịch vụ xã hội cơ bản “{ $from }” đổi tên thành “{ $to }”{ $extended ->
        [yes] {" "}và có thêm chỉ số: { $added }
       *[no] {""}
    }.
standard-change-indicator-added = Thêm chỉ số: { $name }.
standard-change-indicator-removed = Bỏ chỉ số: { $name }.
standard-change-indicator-renamed = Đổi tên chỉ số: “{ $from }” thành “{ $to }”.
standard-change-indicator-working-name = Chỉ số “{ $from }” nay được chương trình gọi tạm là “{ $to }” (tên gọi tạm, chưa thấy trong văn bản).
standard-change-indicator-threshold = Đổi ngưỡng chỉ số: { $name }.
standard-change-fatherland-front = Họp dân phải mời đại diện Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã giám sát.
standard-change-meeting-agreement = Kết quả phải được ít nhất { $percent }% tổng số người tham dự cuộc họp đồng ý; nếu dưới { $percent }% thì rà soát lại và tổ chức họp lại.
standard-change-meeting-unified = Họp dân lấy ý kiến thống nhất; tài liệu đã đọc không nêu tỷ lệ người dự họp phải đồng ý.
standard-change-procedure-provisional = Chưa có thông tin đã đối chiếu về quy trình rà soát theo { $to }; chương trình tạm dùng quy trình của chuẩn trước.
standard-change-calendar-national = Lịch rà soát thống nhất trong cả nước: rà soát định kỳ từ ngày { $from_day }/{ $from_month } đến hết ngày { $to_day }/{ $to_month } hằng năm; rà soát thường xuyên hằng tháng, bắt đầu từ ngày { $regular_day }, quyết định công nhận trong { $decision_days } ngày.
standard-change-calendar-provincial = Thời gian rà soát do từng tỉnh quy định trong kế hoạch của tỉnh.

## Phiếu B: điểm số theo nguồn thứ cấp
scoring-form-line = Trên phiếu rà soát (Phiếu B), thu nhập được ước tính bằng điểm: { $rural } điểm ứng với chuẩn nghèo { $rural_line } ở nông thôn, { $urban } điểm ứng với { $urban_line } ở thành thị; mỗi chỉ số thiếu hụt tính { $per } điểm, nên thiếu hụt từ { $cutoff } chỉ số trở lên là từ { $poor_from } điểm trở lên. Hộ nghèo: điểm thu nhập từ { $rural } (thành thị { $urban }) trở xuống và điểm thiếu hụt từ { $poor_from } trở lên; hộ cận nghèo: cùng điều kiện thu nhập, điểm thiếu hụt dưới { $poor_from }.
scoring-form-band = Trên phiếu rà soát (Phiếu B): hộ nghèo khi điểm thu nhập (B1) từ { $rural } trở xuống ở nông thôn ({ $urban } ở thành thị), hoặc trên { $rural } đến { $rural_near } (thành thị: trên { $urban } đến { $urban_near }) và điểm thiếu hụt (B2) từ { $poor_from } trở lên; hộ cận nghèo: cùng khoảng điểm thu nhập đó, điểm thiếu hụt dưới { $poor_from }.

## Đáp án của người soạn tình huống khác với chương trình
mismatch-classification = { $file }: tình huống “{ $scenario }”: đáp án ghi { $expected }, chương trình xếp { $engine }. { $reason }
mismatch-marked-not-deprived = { $file }: tình huống “{ $scenario }”: đáp án đánh dấu thiếu hụt “{ $indicator }” ({ $id }), chương trình: không thiếu hụt. { $reason }
mismatch-deprived-not-marked = { $file }: tình huống “{ $scenario }”: đáp án không đánh dấu “{ $indicator }” ({ $id }), chương trình: thiếu hụt. { $reason }
mismatch-income = { $file }: tình huống “{ $scenario }”: đáp án ghi thu nhập bình quân { $expected }/người/tháng, chương trình tính { $engine } (tổng { $total }/năm chia cho { $members } người và 12 tháng, làm tròn xuống).
standard-change-meeting-attendees = Họp dân nay bắt buộc có: { $roles } (trước đây trưởng thôn đề nghị Ủy ban nhân dân cấp xã cử người dự họp khi cần).
standard-change-regular-decision = Rà soát trong năm: thời hạn quyết định từ { $from } thành { $to }.
standard-change-working-days = { $days } ngày làm việc { $from ->
    [request_received] kể từ ngày nhận giấy đề nghị của hộ
   *[review_start] kể từ ngày bắt đầu rà soát
  }
standard-change-calendar-days = { $days } ngày (tính cả thứ Bảy, Chủ nhật) { $from ->
    [request_received] kể từ ngày nhận giấy đề nghị của hộ
   *[review_start] kể từ ngày bắt đầu rà soát
  }
standard-change-farming-method = Hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình được xác định theo thu nhập thực tế 12 tháng, không tính trợ cấp, trợ giúp xã hội; niêm yết tại { $places } { $days } ngày làm việc, có khiếu nại thì phúc tra trong { $recheck } ngày làm việc. Quy trình của giai đoạn trước chưa có trong tài liệu.
