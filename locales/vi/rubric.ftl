# Cách chấm điểm (cũng có trong README).
rubric-title = Cách chấm điểm một tình huống
rubric-class = Xếp loại hộ (một trong bốn: { $classes }): { $points } điểm nếu đúng.
rubric-band-unknown = Với { $standards }: chưa có thông tin đã đối chiếu về khoảng thu nhập của hộ có mức sống trung bình, nên với hộ không nghèo, không cận nghèo, trả lời “{ $average }” hay “{ $none }” đều được tính điểm xếp loại.
rubric-indicators = Các chỉ số thiếu hụt: { $points } điểm, chia đều cho các chỉ số của chuẩn; mỗi chỉ số đánh giá đúng (thiếu hụt hay không) được phần điểm của nó.
rubric-income = Thu nhập bình quân đầu người mỗi tháng: { $points } điểm nếu lệch không quá { $tolerance } so với kết quả tính chính xác; { $close_points } điểm nếu lệch không quá { $close_percent }%.
rubric-total = Tổng cộng: { $points } điểm. Trả lời đúng hết được 100%.
rubric-modes = Chế độ luyện tập cho xem kết quả ngay và cho làm lại; chế độ kiểm tra chỉ cho xem kết quả khi đã nộp hết các tình huống.
rubric-village-heading = Chuyến thăm hộ trong làng mô phỏng
rubric-form-unknown = { $standard }: cách ước tính thu nhập trên phiếu rà soát chưa có trong tài liệu.
