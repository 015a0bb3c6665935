"""What asks someone to do something (pipeline.tasks.is_actionable), by invented phrasings."""
import pytest

from extractors.agencies import use_letter_names
from pipeline.tasks import is_actionable


@pytest.fixture(autouse=True)
def _no_letter_names():
    use_letter_names([])
    yield
    use_letter_names([])


@pytest.mark.parametrize("text, expected", [
    # a topic label on the order's line: the order after it counts
    ("Về lĩnh vực đất đai: Tăng cường kiểm tra việc sử dụng đất.", True),
    ("VỀ công tác cán bộ: rà soát, bổ sung quy hoạch.", True),
    # ... not a topic alone, nor how to do it by reference, nor whom a rule binds
    ("Về lĩnh vực đất đai:", False),
    ("Đúc kết và phổ biến nhân rộng các biện pháp mới.", True),
    ("Nhanh chóng kiện toàn tổ chức bộ máy cấp xã.", True),
    ("Về thành phần hội nghị: thực hiện theo Mục III Hướng dẫn số 05-HD/BTC.", False),
    ("Về cách chấm điểm: thực hiện tương tự như khoản 4 Mục II.", False),
    ("Đối với chủ phương tiện: hạn chế đỗ xe dưới lòng đường.", False),
    ("Về tình hình thực hiện: trong năm qua đã đạt nhiều kết quả.", False),
])
def test_a_topic_label_before_an_order(text, expected):
    assert is_actionable(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("Sở Y tế rà soát danh sách, báo cáo trước ngày 10/7/2025.", True),
    ("Giao Sở Tài chính chủ trì thẩm định.", True),
    ("Trên cơ sở kết quả rà soát, khẩn trương xây dựng đề án.", True),
    # what will be, not what is asked
    ("Các Cơ quan đại diện ở nước ngoài sẽ làm thủ tục hợp pháp hóa lãnh sự.", False),
    ("Trong năm 2019, Bộ Tài chính sẽ tổng kết, đánh giá.", False),
    ("Sở Y tế cũng sẽ phối hợp kiểm tra.", False),
    # an order whose later clause says what will follow
    ("Sở Y tế rà soát hồ sơ để sau đó sẽ cấp phép.", True),
    ("Giao Sở Y tế rà soát, sau đó Bộ sẽ xem xét.", True),
    ("Sở Y tế chủ trì kiểm tra các cơ sở; cơ sở nào vi phạm sẽ bị xử lý nghiêm.", True),
    ("Rà soát hồ sơ tồn đọng, hồ sơ nào không đủ điều kiện sẽ bị trả lại.", True),
    ("Căn cứ kết quả thí điểm, trong năm 2019 Bộ sẽ tổng kết, đánh giá.", False),
    # after an opening phrase, what was done or found
    ("Trên cơ sở chỉ đạo của Tỉnh ủy, thực hiện rà soát, các ngành đã triển khai.", False),
    ("Theo kết quả kiểm tra, phát hiện 12 cơ sở vi phạm quy định.", False),
    # a passive that only describes its noun ("đã được phê duyệt") is no account of what was done
    ("Trên cơ sở kế hoạch năm 2016 đã được phê duyệt, tập trung phân tích chuyên sâu.", True),
    # a liability for what may happen is no action
    ("Chịu trách nhiệm trước pháp luật nếu để xảy ra vi phạm trên địa bàn.", False),
    ("Chịu hoàn toàn trách nhiệm trước Chủ tịch UBND tỉnh khi để chậm trễ.", False),
    # ... an order with the responsibility it carries is one
    ("Rà soát hồ sơ và chịu trách nhiệm trước pháp luật nếu để xảy ra sai sót.", True),
    # an emulation campaign's theme, what all compete on, is no order to anyone
    ("Thi đua hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội năm 2025.", False),
    ("Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số.", False),
    # ... but an order to hold the campaign is one
    ("Tổ chức phát động thi đua lập thành tích chào mừng Đại hội.", True),
    # an award quota says how many may be proposed, no order to propose them
    ("Mỗi đơn vị xét chọn 01 tập thể, 02 cá nhân;", False),
    ("Ban Chỉ đạo tỉnh: mỗi tiểu ban đề nghị không quá 02 cá nhân.", False),
    ("Các đơn vị còn lại: chọn không quá 01 trường hợp (tập thể hoặc cá nhân).", False),
    ("Mỗi xã, phường chọn 02 trường hợp.", False),
    # ... but an order before or after a quota, or a selection that is the order itself, is one
    ("Các đơn vị rà soát, đề xuất khen thưởng; mỗi đơn vị chọn không quá 02 cá nhân.", True),
    ("Mỗi sở, ngành đề nghị tối đa 02 cá nhân, gửi hồ sơ về Sở Nội vụ trước ngày 30/11/2025.", True),
    ("Lựa chọn không quá 03 tập thể tiêu biểu để đề nghị tặng Bằng khen, gửi hồ sơ về Bộ Nội vụ.", True),
    ("Xét chọn tối đa 05 cá nhân tiêu biểu tham dự Hội nghị biểu dương, gửi danh sách về Sở Nội vụ.", True),
    # ... and a topic label that opens with the campaign's name is no theme
    ("Thi đua và khen thưởng: Sở Nội vụ tham mưu UBND tỉnh tổ chức sơ kết phong trào.", True),
    # a leader's praise, with the leader named before it, is no order
    ("Bí thư Tỉnh ủy đánh giá cao sự nỗ lực của Đảng bộ xã trong 6 tháng đầu năm.", False),
    ("Chủ tịch UBND tỉnh hoan nghênh các sở, ngành đã hoàn thành sớm.", False),
    # ... but an order with a number in it is one
    ("Sở Nội vụ tổng hợp, đề nghị khen thưởng cho 05 tập thể có thành tích xuất sắc.", True),
    ("Sở Y tế chọn 02 cá nhân tiêu biểu để báo cáo điển hình tại hội nghị.", True),
    # who achieves is rewarded: no order
    ("Các xã hoàn thành tốt nhiệm vụ được khen thưởng theo quy định.", False),
    ("Tập thể có thành tích xuất sắc sẽ được biểu dương tại hội nghị tổng kết.", False),
    ("Các đơn vị hoàn thành trước ngày 30/6 sẽ được ưu tiên phân bổ vốn.", False),
    # ... but an order about the rewarded, or to achieve for a reward, is one
    ("Sở Nội vụ tổng hợp danh sách các xã hoàn thành tốt nhiệm vụ được khen thưởng.", True),
    ("Hướng dẫn các xã hoàn thành hồ sơ để được khen thưởng.", True),
    ("Các xã hoàn thành việc rà soát trước ngày 30/6.", True),
    ("Các hộ có đất bị thu hồi được ưu tiên bố trí tái định cư; UBND huyện lập phương án bồi thường.", True),
    ("Các xã hoàn thành trước ngày 30/6 được ưu tiên phân bổ vốn, các xã chậm tiến độ phải báo cáo giải trình.",
     True),
])
def test_orders_and_statements(text, expected):
    assert is_actionable(text) is expected


@pytest.mark.parametrize("text, expected", [
    # everyone urged to carry out the letter: no action
    ("Căn cứ văn bản này, các cơ quan, đơn vị, địa phương liên quan triển khai thực hiện./.", False),
    ("Các sở, ngành nghiêm túc triển khai thực hiện.", False),
    # ... but a named body given the work of a topic, or the rest of a list of works
    ("- Đối với kiến nghị bổ sung kinh phí sửa chữa trường học: Sở Tài chính triển khai thực hiện.", True),
    ("Về việc cấp giấy chứng nhận cho các hộ dân: UBND các xã tổ chức thực hiện.", True),
    ("Các dự án đầu tư công còn lại, UBND các xã tổ chức thực hiện.", True),
    ("Sở Y tế triển khai thực hiện Kế hoạch số 12/KH-UBND.", True),
])
def test_an_exhortation_to_carry_out_is_no_order(text, expected):
    assert is_actionable(text) is expected
