# Thanh trên cùng của ứng dụng, dùng cho mọi màn hình.
app-title = rasoat — Tập huấn rà soát hộ nghèo, hộ cận nghèo
app-short-title = rasoat · Tập huấn rà soát
app-nav-home = Trang đầu
app-nav-library = Thư viện tình huống
app-nav-random = Luyện tập ngẫu nhiên
app-nav-editor = Soạn tình huống
app-nav-dashboard = Tổng hợp kết quả
app-nav-rubric = Cách chấm điểm
app-language = Ngôn ngữ:
app-error-start = Không mở được cửa sổ ứng dụng: { $reason }. Các lệnh dòng lệnh (rasoat assess, rasoat check…) vẫn dùng được.
