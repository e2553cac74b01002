# Luyện tập ngẫu nhiên: các hộ được tạo theo hạt giống.
random-title = Luyện tập ngẫu nhiên
random-intro = Chương trình tạo các hộ luyện tập mới theo chuẩn đang chọn. Cùng một hạt giống luôn cho cùng các hộ: ghi lại hạt giống để làm lại đúng bộ bài này.
random-seed = Hạt giống:
random-seed-invalid = Hạt giống phải là một số nguyên, ví dụ 2024.
random-count = Số hộ:
random-focus = Trọng tâm:
random-focus-any = Tùy ý
random-focus-boundary = Sát chuẩn thu nhập (2–3 thiếu hụt)
random-make = Tạo bộ bài
random-made = Đã tạo { $count } hộ với hạt giống { $seed }:
