# Quy trình rà soát: tên các vai trò, bước, danh sách và lời nhận xét từng quyết định (core/src/procedure_words.rs).

proc-role-village_head = Trưởng thôn
proc-role-commune_chairman = Chủ tịch UBND cấp xã
proc-role-district_chairman = Chủ tịch UBND cấp huyện
proc-role-commune_steering_committee = Ban Chỉ đạo rà soát cấp xã
proc-role-poverty_official = Công chức làm công tác giảm nghèo cấp xã
proc-role-party_cell_secretary = Bí thư Chi bộ thôn
proc-role-mass_organisations = Các đoàn thể
proc-role-reviewers = Rà soát viên
proc-role-household_representatives = Đại diện các hộ gia đình
proc-role-fatherland_front = Đại diện Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã
proc-role-chair = Người chủ trì
proc-role-secretary = Thư ký cuộc họp

proc-place-cultural_house = Nhà văn hóa thôn
proc-place-commune_office = Trụ sở UBND cấp xã

proc-step-list = Lập danh sách hộ cần rà soát
proc-step-survey = Rà soát, phân loại hộ
proc-step-meeting = Họp dân thống nhất kết quả
proc-step-posting = Niêm yết công khai, phúc tra
proc-step-report = Báo cáo, xin ý kiến Chủ tịch UBND cấp huyện
proc-step-recognition = Công nhận danh sách, cấp giấy chứng nhận

proc-list-poor = Danh sách hộ nghèo
proc-list-near_poor = Danh sách hộ cận nghèo
proc-list-escaped_poverty = Danh sách hộ thoát nghèo
proc-list-escaped_near_poverty = Danh sách hộ thoát cận nghèo
proc-list-average_living_standard = Danh sách hộ có mức sống trung bình
proc-lists-none = không ghi vào danh sách nào

proc-status-poor = hộ nghèo
proc-status-near_poor = hộ cận nghèo
proc-status-none = không thuộc danh sách

proc-request-review = Giấy đề nghị rà soát hộ nghèo, hộ cận nghèo
proc-request-escape = Giấy đề nghị công nhận hộ thoát nghèo, hộ thoát cận nghèo
proc-request-average_farming = Giấy đề nghị xác định hộ có mức sống trung bình

proc-change-stays_poor = vẫn là hộ nghèo
proc-change-stays_near_poor = vẫn là hộ cận nghèo
proc-change-new_poor = hộ nghèo mới (trước không thuộc danh sách)
proc-change-new_near_poor = hộ cận nghèo mới (trước không thuộc danh sách)
proc-change-fell_into_poverty = từ hộ cận nghèo thành hộ nghèo
proc-change-escaped_poverty_to_near_poor = thoát nghèo, thành hộ cận nghèo
proc-change-escaped_poverty = thoát nghèo (trước là hộ nghèo)
proc-change-escaped_near_poverty = thoát cận nghèo (trước là hộ cận nghèo)
proc-change-stays_off = vẫn không thuộc danh sách

proc-kind-periodic = Rà soát định kỳ hằng năm
proc-kind-regular = Rà soát thường xuyên trong năm
proc-kind-regular-newly = Rà soát hộ nghèo, hộ cận nghèo phát sinh trong năm
proc-kind-average_farming = Xác định hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình

proc-form-mau_01 = Mẫu số 01
proc-form-mau_04 = Mẫu số 04
proc-form-phu_luc_1a = Phụ lục 1a

proc-complaint-neighbour_income = Một người hàng xóm báo hộ { $name } có khoản thu nhập chưa kê khai.
proc-complaint-household_disputes = Hộ { $name } không đồng ý với kết quả phân loại.

proc-over-attendees = trên tổng số người dự họp
proc-over-households = trên số hộ có đại diện dự họp

proc-outcome-right = Đúng
proc-outcome-wrong = Sai
proc-outcome-not_judged = Không chấm
proc-judged-line = { $outcome }: { $text }

proc-weekday-1 = thứ Hai
proc-weekday-2 = thứ Ba
proc-weekday-3 = thứ Tư
proc-weekday-4 = thứ Năm
proc-weekday-5 = thứ Sáu
proc-weekday-6 = thứ Bảy
proc-weekday-7 = Chủ nhật
proc-day = { $weekday }, { $day }/{ $month }/{ $year }
proc-percent = { $whole },{ $tenth } %

proc-why-poor = đang là hộ nghèo
proc-why-near_poor = đang là hộ cận nghèo
proc-why-request = có giấy đề nghị
proc-check-listed = { $listed ->
    [yes] Đã đưa hộ { $name } vào danh sách rà soát
   *[no] Không đưa hộ { $name } vào danh sách rà soát
  }; { $should ->
    [yes] hộ { $why } nên phải rà soát.
   *[no] hộ không thuộc danh sách và không có giấy đề nghị nên không phải rà soát.
  }
proc-check-chair = Người chủ trì cuộc họp: { $chosen }; quy định: { $rule } chủ trì.
proc-check-fatherland-front = { $invited ->
    [yes] Đã mời
   *[no] Không mời
  } đại diện Ủy ban Mặt trận Tổ quốc cấp xã giám sát; { $required ->
    [yes] quy định phải mời.
   *[no] quy định của chuẩn này không nêu việc mời.
  }
proc-check-invited-ok = Đã mời đủ thành phần dự họp.
proc-check-invited-missing = Thiếu thành phần dự họp: { $missing }.
proc-check-share-basis = Hộ { $name }: tỷ lệ đồng ý được tính { $chosen }; quy định tính { $rule }.
proc-check-conclusion = Hộ { $name }: { $agree } trên { $attendees } người dự họp đồng ý ({ $percent }); { $accepted ->
    [yes] đã kết luận thông qua
   *[no] đã kết luận chưa thông qua, rà soát lại và họp lại
  }. { $rule }
proc-rule-percent = Quy định: thông qua khi ít nhất { $min } % tổng số người dự họp đồng ý; dưới mức đó thì rà soát lại và họp lại.
proc-rule-unified = Quy định: thống nhất ý kiến; tài liệu đã đọc không nêu tỷ lệ phần trăm nên không chấm.
proc-check-minutes-copies = Biên bản lập { $copies } bản; quy định { $rule } bản.
proc-check-minutes-signers-ok = Biên bản có đủ chữ ký.
proc-check-minutes-signers-missing = Biên bản thiếu chữ ký của: { $missing }.
proc-check-minutes-signers-unknown = Người ký biên bản chưa có trong tài liệu; không chấm.
proc-check-posting-places-ok = Đã niêm yết đủ nơi.
proc-check-posting-places-missing = Chưa niêm yết tại: { $missing }.
proc-check-posting-places-unknown = Nơi niêm yết chưa có trong tài liệu; không chấm.
proc-check-posting-days = Niêm yết { $days } ngày làm việc; quy định { $rule } ngày làm việc.
proc-check-posting-days-unknown = Niêm yết { $days } ngày làm việc; thời hạn niêm yết chưa có trong tài liệu, không chấm.
proc-check-recheck = Phúc tra hộ { $name }: trước đó thống nhất { $earlier }, phúc tra kết luận { $now }; theo đầy đủ dữ kiện là { $truth }.
proc-check-recheck-time = Phúc tra hộ { $name } ngày { $day }; hạn phúc tra { $deadline }.
proc-check-complaint-ignored = Khiếu nại về hộ { $name } chưa được phúc tra khi kết thúc niêm yết.
proc-check-consulted = { $chosen }; { $should }
proc-consulted-someone = Đã xin ý kiến { $role }
proc-consulted-nobody = Không xin ý kiến cấp trên
proc-should-consult = quy định: báo cáo, xin ý kiến { $role }.
proc-should-district-gone = sau ngày { $until } chính quyền địa phương có hai cấp, không còn cấp huyện để xin ý kiến; tài liệu chưa nêu nay xin ý kiến ai, nên không chấm.
proc-check-decided-by = Người quyết định công nhận: { $chosen }; quy định: { $rule }.
proc-check-lists = Hộ { $name }: đã ghi { $chosen }; đúng là { $should }.
proc-check-class = Hộ { $name }: kết quả được công nhận là { $accepted }; theo đầy đủ dữ kiện là { $truth }.
proc-not-agreed = chưa có kết quả thống nhất
proc-check-deadline = Quyết định ngày { $decided }; hạn cuối { $deadline }.
proc-check-refusal = { $written ->
    [yes] Đã trả lời bằng văn bản, nêu rõ lý do, cho hộ không đủ điều kiện: { $names }.
   *[no] Chưa trả lời bằng văn bản cho hộ không đủ điều kiện: { $names }.
  }

# rasoat standards --procedure ID
proc-title = Quy trình rà soát — { $standard }
proc-borrowed = Quy trình của chuẩn này chưa được ban hành hoặc chưa đối chiếu: tạm dùng quy trình giai đoạn { $from }; mọi phần đều chưa đối chiếu văn bản gốc.
proc-steps-title = Các bước rà soát định kỳ:
proc-step-line = { $n }. { $step }
proc-list-rule = Lập danh sách: { $who }.{ $screening ->
    [yes] { " " }Hộ có giấy đề nghị được sàng lọc bằng Phiếu A trước; nội dung Phiếu A chưa có trong tài liệu nên không dạy.
   *[no] {""}
  }
proc-listed-on_list = hộ đang trong danh sách hộ nghèo, hộ cận nghèo
proc-listed-requested = hộ có giấy đề nghị rà soát
proc-meeting-rule = Họp dân: { $chair } chủ trì; thành phần: { $attendees }.
proc-meeting-ff = Mời đại diện Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã giám sát.
proc-meeting-no-ff = Tài liệu đã đọc về quy trình này không nêu việc mời Mặt trận Tổ quốc giám sát.
proc-minutes-rule = Biên bản: { $copies } bản; { $signers ->
    [none] người ký chưa có trong tài liệu.
   *[other] người ký: { $signers }.
  }
proc-posting-rule = Niêm yết: { $places }.
proc-posting-unknown = Niêm yết: nơi niêm yết chưa có trong tài liệu.
proc-posting-duration = Thời hạn niêm yết: { $days } { $count ->
    [working] ngày làm việc
   *[calendar] ngày
  }; có khiếu nại thì phúc tra.
proc-posting-duration-unknown = Thời hạn niêm yết chưa có trong tài liệu; có khiếu nại thì phúc tra.
proc-report-rule = Báo cáo: xin ý kiến { $role } trước khi công nhận.
proc-district-rule = Cấp huyện có đến hết ngày { $day }/{ $month }/{ $year }; sau đó chính quyền địa phương có hai cấp, không còn cấp huyện để xin ý kiến.
proc-recognition-rule = Công nhận: { $by } quyết định danh sách hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ thoát cận nghèo; cấp Giấy chứng nhận ({ $certificate }) cho hộ nghèo, hộ cận nghèo.
proc-regular-rule = { $kind }: hộ nộp { $forms }; quyết định trong { $days } { $count ->
    [working] ngày làm việc
   *[calendar] ngày (tính cả thứ Bảy, Chủ nhật)
  } { $from ->
    [request_received] kể từ ngày nhận giấy đề nghị của hộ
   *[review_start] kể từ ngày bắt đầu rà soát
  }.{ $refusal ->
    [yes] { " " }Hộ không đủ điều kiện được trả lời bằng văn bản, nêu rõ lý do.
   *[no] {""}
  }
proc-farming-rule = Hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình: theo đề nghị của hộ; thu nhập 12 tháng trước thời điểm rà soát, không tính trợ cấp, trợ giúp xã hội từ ngân sách; niêm yết tại { $places } { $days } ngày làm việc; có khiếu nại thì phúc tra trong { $recheck } ngày làm việc; { $by } quyết định.
proc-none = Tệp chuẩn này chưa có quy trình rà soát.
proc-reporting-rule = Báo cáo kết quả: ngày { $day } hằng tháng (từ tháng { $from } đến tháng { $to }), Chủ tịch Ủy ban nhân dân cấp xã báo cáo kết quả rà soát thường xuyên lên cấp trên (cấp huyện, khi còn cấp huyện); kết quả sơ bộ của kỳ rà soát định kỳ gửi Bộ trước ngày { $pre_day }/{ $pre_month }, kết quả chính thức trước ngày { $off_day }/{ $off_month }
proc-regular-no-report = Rà soát thường xuyên: chương trình đi thẳng từ niêm yết đến công nhận, không có bước báo cáo, xin ý kiến cấp huyện; các tài liệu tham khảo không thống nhất về việc bước này có áp dụng hay không
proc-regular-no-meeting = Không tổ chức họp dân: bản tóm tắt đã đọc không nêu họp dân cho hộ phát sinh trong năm.
proc-amended = { $text } có hiệu lực từ ngày { $day }/{ $month }/{ $year }: các quy định theo văn bản này áp dụng cho việc rà soát từ ngày đó
proc-amended-before = Việc rà soát trước ngày { $day }/{ $month }/{ $year } theo văn bản khi mới ban hành, chưa được sửa đổi

# Tên ngắn của từng loại quyết định (báo cáo của giảng viên).
proc-key-listed = Lập danh sách rà soát
proc-key-chair = Người chủ trì họp
proc-key-fatherland_front = Mời Mặt trận Tổ quốc giám sát
proc-key-invited = Thành phần dự họp
proc-key-share_basis = Cách tính tỷ lệ đồng ý
proc-key-conclusion = Kết luận sau biểu quyết
proc-key-minutes_copies = Số bản biên bản
proc-key-minutes_signers = Chữ ký biên bản
proc-key-posting_places = Nơi niêm yết
proc-key-posting_days = Thời hạn niêm yết
proc-key-recheck = Kết quả phúc tra
proc-key-recheck_time = Thời hạn phúc tra
proc-key-complaint_ignored = Khiếu nại chưa phúc tra
proc-key-consulted = Xin ý kiến cấp trên
proc-key-decided_by = Người quyết định công nhận
proc-key-lists = Ghi danh sách sau rà soát
proc-key-class = Kết quả phân loại được công nhận
proc-key-deadline = Thời hạn quyết định
proc-key-refusal = Trả lời bằng văn bản
