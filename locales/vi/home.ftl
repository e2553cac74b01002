# Trang đầu: chọn chuẩn và chế độ.
home-welcome = Chào mừng đến với lớp tập huấn rà soát
home-intro = Đọc thông tin từng hộ, đánh dấu các chỉ số thiếu hụt, tính thu nhập bình quân đầu người và xếp loại hộ. Chương trình chấm điểm và giải thích từng bước theo quy định.
home-standard-heading = Chuẩn nghèo áp dụng
home-standard-provisional = { $name } (tạm thời — chưa đối chiếu văn bản gốc)
home-mode-heading = Chế độ
home-mode-practice = Luyện tập
home-mode-practice-help = Xem kết quả và giải thích ngay sau mỗi tình huống, được làm lại.
home-mode-exam = Kiểm tra
home-mode-exam-help = Làm hết các tình huống rồi mới xem kết quả.
home-open-library = Mở thư viện tình huống
home-load-errors = Một số tình huống không đọc được:
home-village-heading = Làng mô phỏng: đi thăm hộ
home-village-help = Đến từng nhà trong làng, tự hỏi và quan sát để tìm căn cứ (không có phiếu liệt kê sẵn), rồi điền phiếu rà soát. Làng mở trong một cửa sổ riêng; các chuyến thăm được lưu vào phiên đang làm.
home-village-open = Mở làng mô phỏng
home-village-opening = Đang mở làng mô phỏng trong cửa sổ riêng…
home-village-failed = Không mở được làng mô phỏng: { $reason }
