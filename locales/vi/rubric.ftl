# Cách chấm điểm (cũng có trong README).
rubric-title = Cách chấm điểm một tình huống
rubric-class = Xếp loại hộ (hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình, không thuộc diện nào): { $points } điểm nếu đúng.
rubric-indicators = Các chỉ số thiếu hụt: { $points } điểm, chia đều cho các chỉ số của chuẩn; mỗi chỉ số đánh giá đúng (thiếu hụt hay không) được phần điểm của nó.
rubric-income = Thu nhập bình quân đầu người mỗi tháng: { $points } điểm nếu lệch không quá { $tolerance } so với kết quả tính chính xác; { $close_points } điểm nếu lệch không quá { $close_percent }%.
rubric-total = Tổng cộng: { $points } điểm. Trả lời đúng hết được 100%.
rubric-modes = Chế độ luyện tập cho xem kết quả ngay và cho làm lại; chế độ kiểm tra chỉ cho xem kết quả khi đã nộp hết các tình huống.
