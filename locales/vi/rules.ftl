# Giải thích quy định, thực tế của hộ và căn cứ xếp loại. Dùng chung cho dòng lệnh và ứng dụng.

## Quy định của từng chỉ số
rule-sick-untreated = Thiếu hụt khi trong hộ có người bị ốm đau (phải nằm một chỗ, cần người chăm sóc, hoặc không lao động, học tập được bình thường) mà không đi khám chữa bệnh.
rule-health-insurance = Thiếu hụt khi trong hộ có ít nhất một thành viên từ { $min_age } tuổi trở lên không có bảo hiểm y tế.
rule-adult-education-cohort = Thiếu hụt khi trong hộ có ít nhất một thành viên từ { $min_age } tuổi trở lên, sinh từ năm { $born_from } trở lại đây, chưa tốt nghiệp { $required } và hiện không đi học.
rule-adult-education-bands = Thiếu hụt khi trong hộ có ít nhất một thành viên không đi học và chưa có trình độ phù hợp với độ tuổi: { $bands }.
rule-adult-education-band = từ { $from } đến { $to } tuổi phải tốt nghiệp { $required }
rule-adult-education-band-vocational = từ { $from } đến { $to } tuổi phải tốt nghiệp { $required } hoặc có chứng chỉ nghề (sơ cấp, trung cấp, cao đẳng)
rule-adult-education-on-the-job = Người làm việc trong doanh nghiệp có đào tạo tại chỗ được xác nhận thì được coi là đã qua đào tạo.
rule-child-school-attending = Thiếu hụt khi trong hộ có ít nhất một trẻ từ { $from } đến dưới { $below } tuổi không đi học.
rule-child-school-at-level = Thiếu hụt khi trong hộ có ít nhất một trẻ từ { $from } đến dưới { $below } tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi.
rule-housing-quality = Thiếu hụt khi hộ ở nhà không bền chắc: ít nhất { $at_least } trong 3 kết cấu chính (tường, cột, mái) làm bằng vật liệu không bền chắc.
rule-housing-area = Thiếu hụt khi diện tích nhà ở bình quân đầu người dưới { $min } m².
rule-water = Thiếu hụt khi nguồn nước sinh hoạt của hộ không thuộc các loại: { $accepted }.
rule-sanitation = Thiếu hụt khi hộ không dùng nhà tiêu hợp vệ sinh. Hợp vệ sinh: { $accepted }.
rule-telecom = Thiếu hụt khi không thành viên nào trong hộ sử dụng { $services }.
rule-information = Thiếu hụt khi hộ không có phương tiện nào trong số: { $accepted }.
rule-information-loudspeaker = Thiếu hụt khi hộ không có phương tiện nào trong số: { $accepted }, và không nghe được hệ thống loa truyền thanh của xã, thôn.
rule-employment = Thiếu hụt khi trong hộ có ít nhất một người trong độ tuổi lao động (từ đủ { $min_age } tuổi đến trước tuổi nghỉ hưu năm { $year }: nam { $male }, nữ { $female }) thuộc trường hợp: { $work }.
rule-dependents = Thiếu hụt khi người phụ thuộc chiếm trên { $percent }% số thành viên của hộ. Người phụ thuộc: trẻ em dưới { $child } tuổi; người từ { $elderly } tuổi trở lên{ $elderly_allowance ->
        [yes] {" "}đang hưởng trợ cấp xã hội hằng tháng
       *[no] {""}
    }; người { $levels }{ $disability_allowance ->
        [yes] {" "}đang hưởng trợ cấp xã hội hằng tháng
       *[no] {""}
    }.
rule-nutrition = Thiếu hụt khi trong hộ có ít nhất một trẻ dưới { $below } tuổi bị { $conditions }.
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
finding-nobody-concerned = Trong hộ không có ai thuộc diện xét của chỉ số này.
finding-all-meet = { $count ->
        [1] Người duy nhất thuộc diện xét đạt yêu cầu.
       *[other] Cả { $count } người thuộc diện xét đều đạt yêu cầu.
    }
finding-structures = Tường { $wall }, cột { $frame }, mái { $roof }: { $count } kết cấu không bền chắc.
finding-area = { $area } m² cho { $members } người, bình quân { $per_person } m²/người (cả hộ cần ít nhất { $needed } m²).
finding-water = Nguồn nước: { $source }.
finding-latrine = Nhà tiêu: { $latrine }.
finding-telecom-nobody = Không thành viên nào sử dụng.
finding-information = Phương tiện: { $owned }; loa truyền thanh: { $hears }.
finding-information-owns-none = không có
finding-information-hears = nghe được
finding-information-hears-not = không nghe được
finding-information-hears-not-counted = nghe được (chuẩn này không tính)
finding-dependants = { $count } người phụ thuộc trên { $members } thành viên
finding-waste = Rác thải sinh hoạt { $waste }.

## Căn cứ xếp loại
clause-poor-by-income-alone = Thu nhập bình quân { $income }/người/tháng không vượt chuẩn nghèo { $line }: là hộ nghèo chỉ theo thu nhập, không cần xét thiếu hụt.
clause-poor-in-band = Thu nhập bình quân { $income }/người/tháng trên chuẩn nghèo { $line } nhưng không vượt chuẩn cận nghèo { $near }, và thiếu hụt { $count } chỉ số (từ { $cutoff } trở lên): hộ nghèo.
clause-near-poor-in-band = Thu nhập bình quân { $income }/người/tháng trên chuẩn nghèo { $line } nhưng không vượt chuẩn cận nghèo { $near }, và thiếu hụt { $count } chỉ số (dưới { $cutoff }): hộ cận nghèo.
clause-poor-income-and-deprivations = Thu nhập bình quân { $income }/người/tháng không vượt chuẩn { $line } và thiếu hụt { $count } chỉ số (từ { $cutoff } trở lên): hộ nghèo.
clause-near-poor-few-deprivations = Thu nhập bình quân { $income }/người/tháng không vượt chuẩn { $line } và thiếu hụt { $count } chỉ số (dưới { $cutoff }): hộ cận nghèo.
clause-average-band = Thu nhập bình quân { $income }/người/tháng trên { $lower } và không vượt { $upper }: hộ có mức sống trung bình.
clause-above-average-band = Thu nhập bình quân { $income }/người/tháng vượt { $upper }: không thuộc hộ nghèo, hộ cận nghèo hay hộ có mức sống trung bình.
clause-average-band-excluded = Thu nhập bình quân { $income }/người/tháng trên { $lower } nên không phải hộ nghèo, cận nghèo. Hộ làm nông, lâm, ngư, diêm nghiệp nên khi xét mức sống trung bình không tính trợ cấp xã hội ({ $excluded }/năm): còn { $band_income }/người/tháng, không vượt { $upper }: hộ có mức sống trung bình.
clause-above-average-band-excluded = Thu nhập bình quân { $income }/người/tháng trên { $lower } nên không phải hộ nghèo, cận nghèo. Hộ làm nông, lâm, ngư, diêm nghiệp nên khi xét mức sống trung bình không tính trợ cấp xã hội ({ $excluded }/năm): còn { $band_income }/người/tháng, vẫn vượt { $upper }: không thuộc hộ có mức sống trung bình.
clause-average-band-undefined = Thu nhập bình quân { $income }/người/tháng vượt chuẩn { $line }: không phải hộ nghèo hay hộ cận nghèo. Chuẩn này chưa quy định mức sống trung bình nên chương trình không xếp hộ vào diện đó.

## So sánh hai chuẩn đối với một hộ
change-class = Xếp loại thay đổi từ { $from } thành { $to }.
cause-income-only-removed = Theo { $from }, thu nhập không vượt chuẩn nghèo là đủ để là hộ nghèo; theo { $to }, hộ nghèo phải vừa có thu nhập không vượt chuẩn, vừa thiếu hụt từ { $cutoff } chỉ số trở lên.
cause-line-moved = Chuẩn thu nhập đã thay đổi nên thu nhập của hộ nay ở phía bên kia của chuẩn.
cause-count-crossed = Số chỉ số thiếu hụt nay ở phía bên kia ngưỡng { $cutoff } chỉ số (do chỉ số được thêm, bỏ hoặc đổi ngưỡng).
cause-average-band-moved = Khoảng thu nhập của hộ có mức sống trung bình đã thay đổi.
cause-average-band-undefined = { $to } chưa quy định mức sống trung bình.
change-line-moved = Chuẩn thu nhập khu vực { $area } đổi từ { $from } thành { $to } mỗi người mỗi tháng.
change-income-only-removed = Không còn xếp hộ nghèo chỉ theo thu nhập.
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
change-count-crossed = Số chỉ số thiếu hụt đổi từ { $from } thành { $to } (ngưỡng hộ nghèo: từ { $cutoff } chỉ số).

## Những thay đổi về quy định giữa hai chuẩn
standard-change-lines = Khu vực { $area }: trước đây { $from_has_near ->
        [yes] chuẩn nghèo { $from_poverty }, chuẩn cận nghèo { $from_near }
       *[no] chuẩn { $from_poverty }
    }, mức sống trung bình đến { $from_upper }; nay { $to_has_near ->
        [yes] chuẩn nghèo { $to_poverty }, chuẩn cận nghèo { $to_near }
       *[no] một chuẩn { $to_poverty }
    }, mức sống trung bình đến { $to_upper } (mỗi người mỗi tháng).
standard-change-rule-income-and-deprivations = Thu nhập thấp không còn đủ để là hộ nghèo: hộ nghèo phải có thu nhập không vượt chuẩn và thiếu hụt từ { $cutoff } chỉ số trở lên; thiếu hụt dưới { $cutoff } chỉ số là hộ cận nghèo.
standard-change-rule-income-alone = Hộ có thu nhập không vượt chuẩn nghèo là hộ nghèo, không cần xét thiếu hụt.
standard-change-service-added = Thêm dịch vụ xã hội cơ bản: { $name }.
standard-change-service-removed = Bỏ dịch vụ xã hội cơ bản: { $name }.
standard-change-indicator-added = Thêm chỉ số: { $name }.
standard-change-indicator-removed = Bỏ chỉ số: { $name }.
standard-change-indicator-renamed = Đổi tên chỉ số: “{ $from }” thành “{ $to }”.
standard-change-indicator-threshold = Đổi ngưỡng chỉ số: { $name }.
standard-change-average-undefined = Chuẩn mới chưa quy định khoảng mức sống trung bình.
standard-change-fatherland-front = Họp dân phải mời đại diện Ủy ban Mặt trận Tổ quốc cấp xã tham dự, giám sát.
standard-change-meeting-agreement = Kết quả phải được ít nhất { $percent }% số người dự họp đồng ý; nếu không đạt thì rà soát lại và họp lại.

## Đáp án của người soạn tình huống khác với chương trình
mismatch-classification = { $file }: tình huống “{ $scenario }”: đáp án ghi { $expected }, chương trình xếp { $engine }. { $reason }
mismatch-marked-not-deprived = { $file }: tình huống “{ $scenario }”: đáp án đánh dấu thiếu hụt “{ $indicator }” ({ $id }), chương trình: không thiếu hụt. { $reason }
mismatch-deprived-not-marked = { $file }: tình huống “{ $scenario }”: đáp án không đánh dấu “{ $indicator }” ({ $id }), chương trình: thiếu hụt. { $reason }
mismatch-income = { $file }: tình huống “{ $scenario }”: đáp án ghi thu nhập bình quân { $expected }/người/tháng, chương trình tính { $engine } (tổng { $total }/năm chia cho { $members } người và 12 tháng, làm tròn xuống).
