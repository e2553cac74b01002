# Làng mô phỏng: bảng quy trình rà soát (village/src/campaign.rs).

camp-open = Quy trình rà soát
camp-heading = Quy trình rà soát trong làng
camp-intro = Thực hiện quy trình rà soát như cán bộ xã, thôn: lập danh sách, khảo sát, họp dân, niêm yết và phúc tra, báo cáo và công nhận. Mỗi quyết định được nhận xét kèm nguồn.
camp-choose = Chọn loại rà soát:
camp-unavailable = Làng này không có hộ nào cho loại rà soát này.
camp-no-rules = Quy trình này của chuẩn đang dùng chưa có trong tài liệu, nên không luyện ở đây.
camp-first-year = Năm { $year } là năm đầu áp dụng chuẩn này: chỉ kỳ rà soát định kỳ cuối năm (lập danh sách năm { $next }) theo chuẩn này; các cuộc rà soát khác trong năm { $year } vẫn theo chuẩn trước, nên không luyện ở đây
camp-start = Bắt đầu
camp-title = Quy trình rà soát — { $kind }
camp-today = Hôm nay: { $day }
camp-deadline = Hạn quyết định công nhận: { $day }
camp-deadline-from = { $from ->
    [request_received] Thời hạn tính từ ngày nhận giấy đề nghị của hộ: { $day }
   *[review_start] Thời hạn tính từ ngày bắt đầu rà soát: { $day }
  }
camp-step-current = { $step } (đang làm)
camp-feedback = Nhận xét các quyết định vừa làm
camp-no-request = không có giấy đề nghị
camp-household = { $name } — trước rà soát: { $status }; { $request }
camp-list-intro = Đánh dấu những hộ phải đưa vào danh sách rà soát.
camp-phieu-a = Hộ có giấy đề nghị được sàng lọc bằng Phiếu A trước khi khảo sát; nội dung Phiếu A chưa có trong tài liệu nên chương trình không dạy bước này.
camp-list-done = Chốt danh sách
camp-survey-intro = Đến thăm từng hộ trong danh sách, hỏi, quan sát và điền phiếu. Kết quả phân loại trên phiếu là đề xuất đưa ra họp dân.
camp-survey-intro-no-meeting = Đến thăm từng hộ trong danh sách, hỏi, quan sát và điền phiếu. Không họp dân: kết quả phân loại trên phiếu được đưa đi niêm yết.
camp-survey-left = Còn { $count } hộ chưa khảo sát
camp-visit = Đến thăm hộ { $name }
camp-proposed = Hộ { $name }: đề xuất { $class }
camp-meeting-intro = Chuẩn bị họp dân tại nhà văn hóa thôn để thống nhất kết quả rà soát. Trước khi khai mạc, thăm lại một hộ và nộp phiếu mới thì đề xuất của hộ được thay bằng phiếu mới.
camp-chair = Ai chủ trì cuộc họp?
camp-invite = Mời những ai dự họp?
camp-meeting-open = Khai mạc cuộc họp
camp-meeting-held = Họp dân ngày { $day }: { $attendees } người dự họp, đại diện của { $households } hộ.
camp-present = Trình bày kết quả hộ { $name }: { $class }
camp-vote = Biểu quyết hộ { $name } (đề xuất: { $class }): { $agree } trên { $attendees } người dự họp đồng ý; { $agree_households } trên { $households } hộ có đại diện đồng ý.
camp-basis = Tính tỷ lệ đồng ý:
camp-conclusion = Kết luận:
camp-conclude-yes = Thông qua
camp-conclude-no = Chưa thông qua: rà soát lại và họp lại
camp-conclude = Ghi kết luận
camp-concluded = Hộ { $name } ({ $class }): { $accepted ->
    [yes] đã thông qua
   *[no] chưa thông qua, rà soát lại
  }
camp-minutes = Biên bản cuộc họp
camp-copies = Số bản biên bản:
camp-signers = Người ký biên bản:
camp-minutes-done = Hoàn thành biên bản
camp-posting-intro = Niêm yết công khai kết quả rà soát.
camp-places = Niêm yết ở đâu?
camp-days = Niêm yết bao nhiêu ngày làm việc?
camp-post = Niêm yết
camp-posted = Đã niêm yết từ { $day }, { $days } ngày làm việc, tại: { $places }.
camp-complaints = Khiếu nại trong thời gian niêm yết:
camp-no-complaints = Không có khiếu nại.
camp-complaint = { $day }: { $text }
camp-recheck = Phúc tra: đến thăm lại hộ { $name }
camp-rechecked = Đã phúc tra hộ { $name }: { $class }
camp-end-posting = Kết thúc niêm yết
camp-report-intro = Báo cáo kết quả trước khi công nhận.
camp-consult = Xin ý kiến ai?
camp-consult-nobody = Không xin ý kiến cấp trên
camp-report = Gửi báo cáo
camp-recognition-intro = Quyết định công nhận: ghi từng hộ vào danh sách phù hợp (một hộ có thể ở hai danh sách, ví dụ vừa thoát nghèo vừa là hộ cận nghèo).
camp-decider = Ai ký quyết định công nhận?
camp-household-lists = Hộ { $name } — trước rà soát: { $status }; kết quả thống nhất: { $class }
camp-written = Trả lời bằng văn bản, nêu rõ lý do, cho hộ không đủ điều kiện
camp-decide = Ký quyết định
camp-score = Quyết định đúng: { $right } trên { $judged }
camp-final-lists = Danh sách sau rà soát (theo quyết định của bạn)
camp-list-heading = { $list } ({ $count } hộ): { $names }
camp-list-engine = Đúng theo đầy đủ dữ kiện ({ $count } hộ): { $names }
camp-certificate = Cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo ({ $certificate }) cho: { $names }
camp-changes = Thay đổi của từng hộ
camp-change = Hộ { $name }: { $change }.
camp-debrief = Nhận xét từng quyết định
camp-new = Làm lại quy trình này
camp-refused-not-surveyed = Còn hộ chưa khảo sát: { $names }.
camp-refused-unconcluded = Còn hộ chưa biểu quyết hoặc chưa ghi kết luận.
camp-refused-no-rule = Tệp chuẩn chưa có quy định cho bước: { $step }.
camp-refused-other = Chưa làm được việc này ở bước này.
camp-choose-other = Chọn loại rà soát khác
camp-back-to-current = Quay lại quy trình đang làm
camp-refused-out-of-range = Số ngày này không dùng được.
