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

## Hộp chọn tệp của hệ điều hành, bên cạnh mỗi ô gõ đường dẫn
dialog-choose-file = Chọn tệp…
dialog-choose-folder = Chọn thư mục…
dialog-choose-save = Chọn nơi lưu…
dialog-title-file = Chọn tệp
dialog-title-folder = Chọn thư mục
dialog-title-save = Lưu bảng tính
dialog-filter-toml = Tệp TOML
dialog-filter-csv = Bảng tính CSV
