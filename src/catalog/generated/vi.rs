// @generated from data/ by build/ (the texts of Vietnamese, `vi`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Trạng thái hệ thống hoặc phản hồi trợ giúp hệ thống",
        "Máy chủ đang trả lời một yêu cầu thông tin bằng báo cáo về trạng thái của nó hoặc nội dung trợ giúp chung. Đây là phản hồi thành công dành cho người đọc; không có thư nào được gửi đi hay bị thay đổi.",
        "Máy chủ có thể gửi mã này để trả lời `HELP`, thay cho `214`. Mã này hầu như không bao giờ xuất hiện khi chuyển phát thư thông thường, vì phần mềm thư không có lý do gì để xin trợ giúp.",
        "Không có gì cần sửa: lệnh đã chạy thành công. Hãy đọc nội dung nếu chính bạn đã yêu cầu, nhưng đừng để chương trình nào phụ thuộc vào câu chữ của nó, vì mỗi máy chủ viết một kiểu.",
    ],
    // 214
    [
        "Thông báo trợ giúp",
        "Máy chủ trả lời `HELP` bằng văn bản dành cho người đọc, chẳng hạn danh sách lệnh mà nó chấp nhận hoặc cách dùng một lệnh. Đây là phản hồi thành công; việc chuyển phát thư không bị ảnh hưởng gì.",
        "Máy chủ gửi mã này để trả lời `HELP`, có hoặc không kèm tên lệnh làm đối số, và thường trải trên nhiều dòng. Người kiểm tra máy chủ bằng cách gõ lệnh thủ công là người hay gặp nó nhất.",
        "Không có gì cần sửa. Hãy đọc nội dung nếu bạn đã yêu cầu trợ giúp; chương trình không nên phân tích nó, vì nội dung được viết tự do và khác nhau giữa các máy chủ.",
    ],
    // 220
    [
        "Dịch vụ sẵn sàng",
        "Máy chủ đã sẵn sàng. Khi là dòng đầu tiên của kết nối, đây là lời chào mời máy khách tiếp tục bằng `EHLO`; khi là câu trả lời cho `STARTTLS`, nó báo máy khách bắt đầu bắt tay TLS ngay.",
        "Máy chủ gửi mã này ngay khi máy khách kết nối, thường kèm tên máy chủ của nó, và để trả lời `STARTTLS` khi đã sẵn sàng mã hóa kết nối. Máy chủ từ chối toàn bộ phiên thì chào bằng `554` hoặc `521` thay vì mã này.",
        "Không có gì cần sửa. Sau lời chào, máy khách tiếp tục bằng `EHLO`. Sau khi nhận `220` cho `STARTTLS`, máy khách hoàn tất bắt tay TLS rồi gửi lại `EHLO`, vì những gì đã thỏa thuận trước khi mã hóa không còn giá trị.",
    ],
    // 221
    [
        "Dịch vụ đang đóng kênh truyền",
        "Máy chủ đã chấp nhận `QUIT` và đang đóng kết nối một cách bình thường. Mọi thứ nó đã xác nhận trước đó trong phiên vẫn giữ nguyên hiệu lực.",
        "Máy chủ gửi mã này để trả lời `QUIT` khi phiên kết thúc bình thường, thường kèm tên máy chủ. Mã này hay nằm ở dòng cuối trong nhật ký của một lần gửi thất bại, nhưng nó chỉ là lời chào tạm biệt, không phải nguyên nhân của lỗi.",
        "Không có gì cần sửa. Nếu trong cùng phiên có lần gửi bị lỗi, hãy xem phản hồi ngay trước `QUIT`: chính phản hồi đó mới nêu ra vấn đề.",
    ],
    // 235
    [
        "Xác thực thành công",
        "Quá trình `AUTH` đã thành công: máy chủ chấp nhận tên người dùng và mật khẩu, hoặc thông tin đăng nhập khác, cho phần còn lại của phiên này. Mã này thường đi kèm mã mở rộng `2.7.0`.",
        "Máy chủ gửi mã này khi kết thúc một lượt `AUTH` thành công, điển hình là lúc chương trình thư hoặc một ứng dụng đăng nhập vào máy chủ thư đi trước khi gửi.",
        "Không có gì cần sửa. Nếu sau đó việc gửi vẫn thất bại, nguyên nhân nằm ở một phản hồi phía sau, ví dụ `550` hoặc `554` liên quan đến người gửi hay một người nhận.",
    ],
    // 250
    [
        "Hành động thư được yêu cầu đã hoàn tất",
        "Lệnh đã thành công. Sau dấu chấm kết thúc thư (hoặc phần `BDAT` cuối cùng), mã này còn có ý nghĩa lớn hơn: máy chủ đã nhận trách nhiệm với thư và sẽ chuyển phát nó hoặc gửi thư báo trả lại sau.",
        "Máy chủ gửi mã này để chấp nhận `EHLO`, `MAIL FROM`, từng `RCPT TO`, dữ liệu thư, `RSET`, `NOOP` và một `VRFY` hoặc `EXPN` đã xác minh được. Các phần mở rộng cũng dùng nó: cho mỗi phần `BDAT`, cho `BURL`, khi `ETRN` khởi động một lượt xử lý hàng đợi và khi `ATRN` chuyển giao phiên.",
        "Không có gì cần sửa. Nếu thư đã được chấp nhận bằng `250` mà không bao giờ đến nơi, nó đã thất lạc ở chặng sau máy chủ này: hãy kiểm tra nhật ký của máy chủ đã gửi `250` theo mã hàng đợi (queue ID) mà nhiều máy chủ ghi trong nội dung phản hồi, và kiểm tra cả thư mục thư rác của người nhận.",
    ],
    // 251
    [
        "Người dùng không thuộc máy chủ này; sẽ chuyển tiếp",
        "Máy chủ đã chấp nhận người nhận, nhưng hộp thư không nằm trên máy chủ này: nó sẽ chuyển thư sang một địa chỉ khác và cho biết địa chỉ đó. Không có gì thất bại. Khi trả lời `ETRN`, cùng mã này lại có nghĩa là không có thư nào đang chờ cho tên miền được yêu cầu.",
        "Máy chủ có thể gửi mã này sau `RCPT TO` hoặc `VRFY` cho một người dùng đã chuyển sang địa chỉ mới. Máy chủ cũng có thể chuyển tiếp mà không báo gì và chỉ trả lời `250`. Máy chủ hỗ trợ `ETRN` gửi mã này khi hàng đợi của tên miền được nêu đang trống.",
        "Không cần làm gì với thư này. Nếu nội dung phản hồi nêu địa chỉ mới, người gửi có thể cập nhật sổ địa chỉ để thư sau này đến thẳng địa chỉ đó.",
    ],
    // 252
    [
        "Không thể xác minh người dùng, nhưng sẽ nhận thư và thử chuyển phát",
        "Máy chủ không xác nhận địa chỉ có tồn tại hay không, nhưng sẽ nhận thư gửi đến địa chỉ đó và thử chuyển phát. Phản hồi này không cho biết gì về hộp thư. Khi trả lời `ETRN`, cùng mã này có nghĩa là máy chủ đã bắt đầu gửi các thư đang chờ cho tên miền đó.",
        "Nhiều máy chủ trả lời mọi `VRFY` và `EXPN` theo cách này, vì xác nhận địa chỉ sẽ giúp kẻ phát tán thư rác thu thập chúng. Đây cũng là câu trả lời khi phản hồi cần văn bản UTF-8 mà máy khách chưa cho phép bằng `SMTPUTF8`.",
        "Không có gì cần sửa. Đừng coi đây là bằng chứng hộp thư tồn tại: cách duy nhất để biết là gửi thư rồi xem có thư bị trả lại hay không.",
    ],
    // 253
    [
        "Đã bắt đầu gửi thư đang chờ cho nút, kèm số lượng thư",
        "Phản hồi cho `ETRN`: máy chủ đã bắt đầu chuyển phát các thư nó đang giữ cho tên miền hoặc máy chủ được yêu cầu, và nội dung cho biết có bao nhiêu thư đang chờ. Đây là phản hồi thành công.",
        "Máy chủ hỗ trợ `ETRN` gửi mã này cho một nơi có kết nối không thường trực, chẳng hạn máy chủ thư của một văn phòng nhỏ, khi nơi đó kết nối vào để xin nhận thư đang xếp hàng. Không lệnh nào khác trả về mã này.",
        "Không có gì cần sửa. Hãy giữ cho máy chủ thư của bạn luôn truy cập được: nhà cung cấp sẽ chuyển các thư trong hàng đợi đến đó qua những kết nối SMTP mới, bình thường.",
    ],
    // 334
    [
        "Thử thách xác thực",
        "Máy chủ đang ở giữa quá trình `AUTH` và chờ câu trả lời tiếp theo của máy khách. Phần văn bản sau mã là dữ liệu base64 do cơ chế đã chọn quy định, chẳng hạn một chuỗi thử thách; phần này có thể trống.",
        "Máy chủ gửi mã này sau `AUTH` và sau mỗi câu trả lời của máy khách cho đến khi quá trình xác thực hoàn tất. Nhật ký dừng ở `334` nghĩa là máy khách không bao giờ trả lời hoặc kết nối đã bị ngắt.",
        "Bản thân mã này không cần sửa: máy khách trả lời bằng một dòng base64, hoặc bằng `*` để hủy. Nếu việc đăng nhập bị treo ở đây, hãy kiểm tra xem máy khách và máy chủ có hỗ trợ cùng một cơ chế không và có thiết bị nào ở giữa cắt kết nối không.",
    ],
    // 354
    [
        "Bắt đầu nhập thư; kết thúc bằng một dòng chỉ có dấu chấm",
        "Máy chủ đã chấp nhận `DATA` và chờ chính nội dung thư: các trường tiêu đề, một dòng trống, phần thân, và cuối cùng là một dòng chỉ chứa một dấu chấm. Đến lúc này chưa có gì được nhận để chuyển phát.",
        "Máy chủ gửi mã này để trả lời `DATA` khi đã chấp nhận ít nhất một người nhận. Phiên kết thúc ngay sau `354` thường có nghĩa là kết nối bị đứt hoặc hết thời gian chờ trong lúc đang gửi thư.",
        "Không có gì cần sửa: hãy gửi thư, kết thúc bằng dòng dấu chấm và chờ phản hồi cuối cùng, `250` hoặc một lỗi. Nếu phiên cứ bị treo ở đây, hãy tìm xem giữa hai máy chủ có đường truyền chậm, không ổn định hoặc thiết bị lọc nào không.",
    ],
    // 355
    [
        "Vị trí octet là vị trí của giao dịch",
        "Phản hồi của phần mở rộng thử nghiệm về điểm kiểm tra và khởi động lại: máy chủ vẫn giữ một phần thư từ một lần gửi bị gián đoạn có cùng mã giao dịch, và con số trong nội dung cho biết nó đã có bao nhiêu octet. Việc truyền có thể tiếp tục từ đó thay vì làm lại từ đầu.",
        "Chỉ máy chủ cung cấp phần mở rộng `CHECKPOINT` mới gửi mã này, để trả lời `MAIL FROM` có tham số `TRANSID` khớp với một giao dịch chưa hoàn tất. Trên thực tế mã này rất hiếm.",
        "Không có gì cần sửa. Máy khách dùng phần mở rộng này sẽ tiếp tục giao dịch và chỉ gửi phần nằm sau vị trí đã cho; máy khách không bao giờ gửi `TRANSID` thì cũng sẽ không bao giờ nhận phản hồi này.",
    ],
    // 400
    [
        "Lỗi tạm thời, hãy thử lại sau",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `400`, và mã này không nói gì ngoài chữ số đầu, vốn báo lỗi tạm thời. Máy chủ thư Courier dùng nó cho nhiều kiểu từ chối tạm thời, chẳng hạn khi nó đòi `STARTTLS` trước hoặc tạm thời không tra cứu được người nhận.",
        "Courier trả lời hầu hết các lệnh bằng mã này khi kết nối bắt buộc phải mã hóa mà máy khách chưa gửi `STARTTLS`. Nó cũng trả lời `RCPT TO` như vậy khi tra cứu bí danh thất bại, và dùng mã này để báo không khởi động được tiến trình tiếp nhận thư nội bộ.",
        "Hãy xử lý như mọi phản hồi 4xx khác và để máy chủ gửi thử lại sau. Nếu nội dung yêu cầu `STARTTLS`, hãy bật TLS trên máy khách hoặc máy chủ gửi. Nếu mã cứ lặp lại vì lý do khác, người vận hành máy chủ phản hồi phải kiểm tra nhật ký của nó.",
    ],
    // 417
    [
        "Kiểm tra người gửi hoặc HELO tạm thời thất bại",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `417`. Máy chủ thư Courier gửi mã này khi một bước kiểm tra người gửi không thể hoàn tất vì lý do tạm thời, thường là truy vấn DNS cho tên miền người gửi hoặc cho tên `HELO`. Mã tương ứng báo lỗi vĩnh viễn trong Courier là `517`.",
        "Courier trả lời `MAIL FROM` bằng mã này khi các bước kiểm tra người gửi tùy chọn được bật và truy vấn DNS cho tên miền người gửi hoặc tên `HELO` bị lỗi hay hết thời gian chờ. Mã này cũng được dùng cho những kết quả SPF mà máy chủ được cấu hình coi là tạm thời thay vì dứt khoát.",
        "Hãy để máy chủ gửi thử lại; sự cố DNS ngắn sẽ tự hết. Nếu kéo dài, quản trị viên tên miền người gửi nên kiểm tra xem các máy chủ DNS của tên miền có trả lời ổn định không, và máy chủ gửi nên khai báo một tên `HELO` phân giải được.",
    ],
    // 421
    [
        "Dịch vụ không khả dụng, đang đóng kênh truyền",
        "Máy chủ đang đóng kết nối và sẽ không xử lý gì thêm trong phiên này. Sự cố chỉ là tạm thời: thư của bạn không có vấn đề gì, và lần gửi tương tự sau đó nhiều khả năng sẽ thành công.",
        "Máy chủ gửi mã này thay cho lời chào khi bị quá tải hoặc đang áp dụng danh sách xám (greylisting) với bạn, và để trả lời bất kỳ lệnh nào khi phải tắt. Máy chủ bị dừng đột ngột có thể gửi mã này ngay trước khi kết nối bị ngắt.",
        "Thư không cần sửa gì: hãy để máy chủ thư của bạn đưa nó vào hàng đợi và thử lại sau, với khoảng chờ tăng dần. Nếu lỗi cứ lặp lại với cùng một địa chỉ IP gửi, hãy giảm tốc độ gửi, kiểm tra xem địa chỉ đó có nằm trong danh sách chặn không, và đọc phần nội dung sau mã, vốn thường nêu lý do.",
    ],
    // 422
    [
        "Mã không chính thức gắn với việc chuyển đổi mật khẩu",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `422`. Sổ đăng ký IANA liệt kê nó bên cạnh `432` như một mã cơ bản có thể đi cùng `X.7.12`, tức là cần chuyển đổi mật khẩu, còn kịch bản danh sách xám (greylisting) đi kèm máy chủ thư Stalwart thì gửi `422 4.2.2` để hoãn nhận thư từ một người gửi mà nó chưa từng gặp.",
        "Sau `RCPT TO`, đây là một lần hoãn do danh sách xám, như trong kịch bản của Stalwart: máy chủ từ chối lần thử đầu tiên từ người gửi lạ và chấp nhận lần thử lại vài phút sau đó. Sau `AUTH`, mã này sẽ đứng ở chỗ mà RFC 4954 dùng `432 4.7.12`.",
        "Sau `RCPT TO`, hãy để máy chủ gửi tự thử lại; lần thử lại sẽ được chấp nhận khi thời gian chờ của danh sách xám đã qua. Sau `AUTH`, hãy xử lý như `432`: đăng nhập một lần bằng cơ chế PLAIN qua kết nối được mã hóa, rồi quay lại dùng cơ chế ưu tiên.",
    ],
    // 424
    [
        "Lỗi tạm thời khi mở rộng bí danh hoặc chuyển tiếp",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `424`. OpenSMTPD gửi mã này, kèm `4.2.4`, khi tạm thời chưa xác định được thư của một người nhận phải đi đâu, vì việc tra cứu bí danh, địa chỉ ảo hoặc tệp chuyển tiếp bị lỗi.",
        "OpenSMTPD trả lời `RCPT TO` bằng mã này khi việc tra cứu bảng cho người nhận trả về lỗi tạm thời, chẳng hạn cơ sở dữ liệu hoặc tệp không đọc được, hoặc tệp chuyển tiếp của người dùng không kiểm tra được. Dạng vĩnh viễn của cùng sự cố là `524` với `5.2.4`.",
        "Bên gửi chỉ cần thử lại sau. Người vận hành máy chủ OpenSMTPD bên nhận nên đọc nhật ký, kiểm tra các bảng bí danh, địa chỉ ảo và chuyển tiếp mà máy chủ dùng, và bảo đảm các hệ thống phụ trợ phía sau vẫn truy cập được.",
    ],
    // 430
    [
        "Mã không chính thức gắn với lệnh không hợp lệ",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `430`. Bản vá chkuser cho qmail gửi mã này khi tạm thời không kiểm tra được một người nhận, và sổ đăng ký IANA liệt kê nó trong các mã cơ bản có thể đi cùng `X.5.1`, lệnh không hợp lệ. Vì là mã 4xx, đây là lỗi tạm thời.",
        "Bản vá chkuser trả lời `RCPT TO` bằng `430`, kèm `#4.3.0` trong nội dung, khi không truy cập được cơ sở dữ liệu người dùng mà nó dùng để đối chiếu người nhận. Các máy chủ khác có thể dùng mã này với nghĩa khác, nên phần nội dung sau mã là lời giải thích tốt nhất.",
        "Hãy để máy chủ gửi thử lại sau, như với mọi mã 4xx; bản thân thư không cần thay đổi gì. Nếu mã cứ quay lại, quản trị viên của máy chủ phản hồi phải sửa cơ sở dữ liệu người dùng đứng sau bước kiểm tra người nhận (với chkuser là hệ thống phụ trợ vpopmail).",
    ],
    // 431
    [
        "Hệ thống thư bên nhận đã đầy",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `431`, dù con số này phản chiếu mã mở rộng `4.3.1`. Máy chủ thư Courier gửi mã này khi thiếu dung lượng đĩa và không thể nhận người nhận hoặc thư một cách an toàn, và cả khi chạm giới hạn mềm về số người nhận.",
        "Courier trả lời `RCPT TO` bằng mã này khi dung lượng trống xuống dưới ngưỡng, và trả lời phần kết thúc `DATA` bằng mã này khi không ghi được thư vì thiếu chỗ. Khi có cấu hình giới hạn mềm về người nhận, mỗi `RCPT TO` vượt giới hạn sẽ nhận mã này kèm ghi chú là quá nhiều người nhận.",
        "Người gửi chỉ cần chờ: máy chủ thư bình thường sẽ giữ thư và thử lại, còn những người nhận bị giới hạn từ chối sẽ được gửi trong một giao dịch sau. Người vận hành máy chủ nhận phải giải phóng dung lượng đĩa hoặc mở rộng hệ thống tệp chứa hàng đợi thư.",
    ],
    // 432
    [
        "Cần chuyển đổi mật khẩu",
        "Tài khoản này chưa thể đăng nhập bằng cơ chế `AUTH` đã chọn. Trước hết máy chủ cần một lần đăng nhập bằng cơ chế PLAIN đơn giản để thiết lập những gì cơ chế đã chọn đòi hỏi. Mã này được gửi kèm mã mở rộng `4.7.12`.",
        "Máy chủ gửi mã này để trả lời `AUTH` khi chưa lưu thông tin đăng nhập của tài khoản ở dạng mà cơ chế được yêu cầu cần đến. Mã này hiếm gặp; phần lớn người dùng thư không bao giờ thấy nó.",
        "Trong chương trình thư, hãy đăng nhập một lần bằng PLAIN, và chỉ qua kết nối được mã hóa, rồi chuyển lại về cơ chế ưu tiên; từ đó trở đi việc đăng nhập sẽ hoạt động. Nếu chương trình không cho chọn cơ chế, hãy nhờ nhà cung cấp dịch vụ thư hoàn tất việc chuyển đổi cho tài khoản.",
    ],
    // 435
    [
        "Hiện không thể xác thực",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `435`; phần mở rộng xác thực dùng `454` cho lỗi tạm thời. Exim gửi mã này khi không thể quyết định lần đăng nhập có hợp lệ hay không, nên sự cố nằm ở phía máy chủ và có thể tự hết.",
        "Exim trả lời `AUTH` bằng mã này khi một bộ xác thực (authenticator) hoãn quyết định, chẳng hạn vì tra cứu mật khẩu trong cơ sở dữ liệu hoặc dịch vụ bên ngoài bị lỗi, hoặc không đánh giá được một bước kiểm tra đã cấu hình. Kết quả bất thường từ bộ xác thực cũng được báo bằng cùng mã này, kèm dòng chữ “Internal error”.",
        "Hãy thử đăng nhập lại sau; thông tin đăng nhập không bị đánh giá là sai. Nếu tình trạng kéo dài, quản trị viên Exim nên xem nhật ký chính, nơi ghi lý do bộ xác thực hoãn quyết định, rồi sửa việc tra cứu hoặc dịch vụ mà nó phụ thuộc.",
    ],
    // 450
    [
        "Hành động thư được yêu cầu chưa thực hiện: hộp thư không khả dụng",
        "Máy chủ chưa nhận thư cho người nhận này vào lúc này, nhưng chỉ là tạm thời: hộp thư đang bận hoặc bị khóa, hoặc một bước kiểm tra chính sách như danh sách xám (greylisting) yêu cầu người gửi quay lại sau. Lần gửi sau với cùng thư đó có thể thành công.",
        "Máy chủ gửi mã này sau `RCPT TO` hoặc sau dữ liệu thư, điển hình là do danh sách xám hoặc khi một hộp thư hay người gửi đang bị chặn tạm thời. Nhà cung cấp ODMR dùng mã này để từ chối yêu cầu `ATRN`, và máy chủ tiếp nhận thư (submission) có thể dùng nó cho thư có `MT-PRIORITY` quá thấp.",
        "Thường thì không cần làm gì: máy chủ gửi sẽ đưa thư vào hàng đợi và thử lại, và thư bị danh sách xám giữ lại sẽ đi qua ở lần thử sau. Nếu thư bị chậm nhiều ngày, quản trị viên bên gửi nên đọc nội dung sau mã, kiểm tra các danh sách chặn và liên hệ postmaster của bên nhận.",
    ],
    // 451
    [
        "Hành động được yêu cầu bị hủy: lỗi xử lý cục bộ",
        "Máy chủ gặp sự cố tạm thời ở chính phía mình khi xử lý lệnh, chẳng hạn truy vấn DNS hoặc cơ sở dữ liệu thất bại, hay một dịch vụ nội bộ không trả lời, và đã bỏ dở bước này. Thư của bạn không phải nguyên nhân, và thử lại sau có thể thành công.",
        "Máy chủ gửi mã này sau `MAIL FROM`, `RCPT TO` hoặc dữ liệu thư khi một bước kiểm tra hay tra cứu nội bộ thất bại. Mã này cũng dùng để từ chối `ATRN` khi nhà cung cấp chưa thể xử lý, và từ chối `BURL` khi máy chủ IMAP đang giữ thư không truy cập được. Máy khách coi một kết nối bị đứt như một `451`.",
        "Hãy để máy chủ gửi thử lại sau; phần lớn trường hợp tự hết. Nếu lỗi lặp lại, người vận hành máy chủ phản hồi phải tìm thành phần bị lỗi trong nhật ký; phần nội dung sau mã và các mã mở rộng như `4.4.3` hoặc `4.3.0` giúp khoanh vùng nguyên nhân.",
    ],
    // 452
    [
        "Hành động được yêu cầu chưa thực hiện: không đủ dung lượng lưu trữ hệ thống",
        "Máy chủ lúc này không thể nhận vì thiếu dung lượng đĩa hoặc đã đạt giới hạn số người nhận cho mỗi thư. Tình trạng này là tạm thời, nên cùng thư đó có thể được nhận sau hoặc khi chia thành nhiều phần nhỏ hơn.",
        "Máy chủ gửi mã này sau `MAIL FROM` khi kích thước khai báo bằng `SIZE` không vừa với dung lượng còn trống, sau `RCPT TO` khi đã đạt giới hạn người nhận cho một thư, và sau dữ liệu thư khi hết chỗ lưu trữ. Những người nhận đã được chấp nhận trước khi chạm giới hạn vẫn giữ nguyên trạng thái được chấp nhận.",
        "Nếu quá nhiều người nhận, máy khách gửi thư cho những người nhận đã được chấp nhận và gửi phần còn lại trong một giao dịch sau; phần mềm thư tốt tự làm việc này. Nếu thiếu chỗ lưu trữ, hãy thử lại sau; nếu tình trạng kéo dài, người vận hành máy chủ phải giải phóng dung lượng đĩa hoặc nâng giới hạn.",
    ],
    // 453
    [
        "Bạn không có thư",
        "Phản hồi của On-Demand Mail Relay cho `ATRN`: nhà cung cấp không có thư nào trong hàng đợi cho các tên miền của bạn, nên phiên này không có gì để chuyển. Đây là phản hồi tạm thời chỉ vì thư mới có thể đến sau; không có gì sai cả.",
        "Nhà cung cấp ODMR gửi mã này khi máy chủ thư của khách hàng, thường là máy có địa chỉ IP thay đổi, dùng `ATRN` để xin nhận thư mà hàng đợi lại đang trống. Nhà cung cấp cũng có thể chấp nhận bằng `250` rồi kết thúc phiên ngay.",
        "Không có gì cần sửa: hãy hỏi lại sau, như máy chủ của khách hàng vẫn tự làm theo lịch của nó. Nếu bạn đang chờ thư, hãy kiểm tra với nhà cung cấp rằng thư cho các tên miền của bạn đang được giữ lại cho ODMR.",
    ],
    // 454
    [
        "Lỗi tạm thời về TLS hoặc xác thực",
        "Một bước bảo mật thất bại vì lý do tạm thời ở phía máy chủ. Sau `STARTTLS`, máy chủ lúc này chưa thể bắt đầu mã hóa; sau `AUTH`, nó không kiểm tra được thông tin đăng nhập, thường kèm `4.7.0`. Mật khẩu không hề bị từ chối.",
        "Máy chủ gửi mã này cho `STARTTLS` khi cấu hình TLS của nó tạm thời không dùng được, chẳng hạn vì không tải được chứng chỉ, và cho `AUTH` khi dịch vụ kiểm tra mật khẩu không phản hồi.",
        "Đừng nhập lại hay đổi mật khẩu; hãy thử lại sau. Sau `STARTTLS`, chính sách của máy chủ gửi sẽ quyết định tiếp tục không mã hóa, thử lại sau hay bỏ cuộc. Nếu tình trạng kéo dài, người vận hành máy chủ phải kiểm tra cấu hình TLS hoặc dịch vụ xác thực.",
    ],
    // 455
    [
        "Máy chủ không thể đáp ứng các tham số",
        "Máy chủ hiểu các tham số mở rộng trong `MAIL FROM` hoặc `RCPT TO` nhưng lúc này không thể đáp ứng chúng. Thử lại sau có thể thành công; mã tương ứng báo lỗi vĩnh viễn là `555`.",
        "Máy chủ gửi mã này khi một tham số tùy chọn đòi hỏi điều mà nó tạm thời không cung cấp được, ví dụ hạn chót chuyển phát (Deliver By) đặt bằng `BY` mà điều kiện hiện tại khiến không thể đáp ứng. Mã này ít gặp trong thư từ hằng ngày.",
        "Hãy để máy khách thử lại sau. Nếu lỗi cứ xảy ra, hãy tìm tham số được nêu trong nội dung và, nếu chấp nhận được, gửi mà không có tham số đó hoặc nới giá trị của nó, chẳng hạn đặt hạn chót chuyển phát muộn hơn.",
    ],
    // 458
    [
        "Không thể đưa thư vào hàng đợi cho nút",
        "Phản hồi cho `ETRN`: máy chủ lúc này không thể bắt đầu một lượt chuyển phát cho tên miền hoặc máy chủ được yêu cầu. Thư trong hàng đợi vẫn được giữ; chỉ yêu cầu gửi ngay là thất bại.",
        "Máy chủ hỗ trợ `ETRN` gửi mã này cho một nơi có kết nối không thường trực đang xin nhận thư trong hàng đợi, khi không thể khởi động lượt xử lý hàng đợi, chẳng hạn vì máy chủ đang bận.",
        "Hãy gửi lại `ETRN` sau; nhà cung cấp cũng sẽ chuyển thư theo lịch thử lại thông thường. Nếu tình trạng kéo dài, hãy nhờ quản trị viên thư của nhà cung cấp kiểm tra hàng đợi cho tên miền của bạn.",
    ],
    // 459
    [
        "Nút không được phép",
        "Phản hồi cho `ETRN`: máy chủ từ chối bắt đầu một lượt chuyển phát cho tên miền hoặc máy chủ bạn nêu, và nội dung cho biết lý do. Khi lý do là một thiết lập quyền, hỏi lại y nguyên sẽ không giúp được gì.",
        "Máy chủ gửi mã này khi tên đi sau `ETRN` không phải tên mà nó đang giữ thư, hoặc khi máy đang kết nối không được phép kích hoạt một lượt chuyển thư cho tên đó.",
        "Hãy kiểm tra xem đối số của `ETRN` có đúng chính xác là tên miền mà nhà cung cấp đang giữ thư cho bạn không, và bạn có kết nối theo cách nhà cung cấp cho phép không. Nếu vẫn bị từ chối, hãy đề nghị nhà cung cấp cho phép `ETRN` với tên miền đó.",
    ],
    // 500
    [
        "Lỗi cú pháp, không nhận ra lệnh",
        "Máy chủ hoàn toàn không nhận ra từ lệnh, hoặc dòng lệnh quá dài để nó đọc được. Không có gì được thực hiện, và lỗi nằm ở những gì máy khách gửi, không phải ở thư hay người nhận.",
        "Máy chủ gửi mã này cho lệnh viết sai hoặc không tồn tại, cho dòng lệnh dài hơn giới hạn độ dài chuẩn, và cho lệnh mở rộng mà nó không biết. Trong quá trình `AUTH`, mã này cũng báo dòng trả lời của máy khách quá dài (`5.5.6`).",
        "Hãy sửa máy khách, không phải thư: kiểm tra chính tả của lệnh, giữ dòng lệnh trong giới hạn độ dài chuẩn, và chỉ dùng lệnh mở rộng khi máy chủ đã liệt kê chúng trong phản hồi `EHLO`. Gửi lại đúng dòng đó sẽ thất bại y như cũ.",
    ],
    // 501
    [
        "Lỗi cú pháp trong tham số hoặc đối số",
        "Máy chủ biết lệnh này, nhưng phần đi sau nó không chấp nhận được: một địa chỉ, tham số hoặc đối số bị sai định dạng, bị lặp lại hoặc nằm ngoài phạm vi cho phép. Bản thân từ lệnh thì không sai.",
        "Máy chủ gửi mã này khi địa chỉ trong `MAIL FROM` hoặc `RCPT TO` sai định dạng, khi đối số của `EHLO` không hợp lệ, khi có đối số đi kèm lệnh vốn không nhận đối số (như `STARTTLS` hoặc `DATA`), và khi giá trị tham số mở rộng không hợp lệ. `AUTH` trả về mã này khi máy khách hủy quá trình xác thực hoặc gửi dữ liệu không phải Base64 hợp lệ.",
        "Hãy sửa dòng lệnh trong máy khách: viết địa chỉ trong dấu ngoặc nhọn, không có khoảng trắng quanh dấu hai chấm, đối chiếu tên và giá trị tham số với phần mở rộng định nghĩa chúng, và bỏ các đối số mà lệnh không nhận. Nội dung sau mã thường chỉ ra phần bị lỗi.",
    ],
    // 502
    [
        "Lệnh chưa được triển khai",
        "Máy chủ nhận ra lệnh nhưng không hỗ trợ nó, hoặc vì lệnh chưa bao giờ được tích hợp, hoặc vì người vận hành đã tắt nó. Lệnh được viết đúng; chỉ là máy chủ này không cung cấp lệnh đó.",
        "Máy chủ gửi mã này cho `VRFY`, `EXPN` hoặc `HELP` khi các lệnh đó không khả dụng, và những máy chủ rất cũ gửi nó để trả lời `EHLO` vì chỉ biết `HELO`. Máy chủ chuyển tiếp theo yêu cầu (on-demand relay) trả lời mọi lệnh bằng mã này, trừ `EHLO`, `AUTH`, `ATRN` và `QUIT`.",
        "Đừng lặp lại lệnh đó với máy chủ này: hãy tiếp tục mà không dùng nó, và sau `EHLO` chỉ dùng những phần mở rộng mà máy chủ liệt kê. Nếu chính `EHLO` bị từ chối, hãy quay về dùng `HELO`. Nếu thực sự cần tính năng đó, hãy hỏi người vận hành máy chủ xem có thể bật lên không.",
    ],
    // 503
    [
        "Sai thứ tự lệnh",
        "Bản thân lệnh hợp lệ nhưng được gửi sai thời điểm trong phiên. Đây là lỗi vĩnh viễn trong thứ tự lệnh của máy khách, không phải sự cố máy chủ, nên chờ rồi lặp lại đúng chuỗi lệnh đó sẽ không giúp được gì.",
        "Các nguyên nhân điển hình là `RCPT TO` trước khi có `MAIL FROM`, một `MAIL FROM` thứ hai trong một giao dịch đang mở, `DATA` khi chưa có người nhận nào được chấp nhận, và `AUTH` sau khi đã đăng nhập thành công hoặc giữa chừng một giao dịch. Máy chủ đã từ chối phiên bằng lời chào `554` cũng trả lời các lệnh sau đó bằng mã này.",
        "Hãy sửa thứ tự lệnh của máy khách: `EHLO`, `AUTH` nếu cần, `MAIL FROM`, một hoặc nhiều `RCPT TO`, rồi chỉ gửi `DATA` khi đã có ít nhất một người nhận được trả lời `250`. Gửi `RSET` để quay về trạng thái sạch. Hãy xem cả các phản hồi trước đó trong nhật ký, vì một `MAIL FROM` hoặc `RCPT TO` bị từ chối thường là nguyên nhân của `503` theo sau.",
    ],
    // 504
    [
        "Tham số lệnh chưa được triển khai",
        "Máy chủ hỗ trợ lệnh nhưng không hỗ trợ tùy chọn hoặc giá trị đi kèm. Cú pháp đúng; chỉ là máy chủ không cung cấp biến thể đó của lệnh.",
        "Trường hợp phổ biến nhất là `AUTH` nêu một cơ chế mà máy chủ không hỗ trợ hoặc không cho phép trên kết nối hiện tại (`5.5.4`). Máy chủ cũng gửi mã này cho các đối số của `VRFY`, `EXPN` hoặc `HELP` mà nó không xử lý, và cho các tham số chuyển đổi nội dung trong `MAIL FROM` hoặc `RCPT TO` mà nó chưa triển khai.",
        "Hãy chọn một tùy chọn mà máy chủ có cung cấp: với `AUTH`, chọn một cơ chế trong danh sách ở phản hồi `EHLO`, và chạy `STARTTLS` trước nếu cơ chế bạn muốn chỉ được cung cấp trên kết nối mã hóa. Nếu không, hãy gửi lệnh mà không kèm tham số không được hỗ trợ.",
    ],
    // 511
    [
        "Không có hộp thư nào mang tên đó ở đây",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `511`. Các bản cũ của bản vá chkuser cho qmail dùng với vpopmail gửi mã này để từ chối một người nhận không tồn tại hoặc không thể hợp lệ. Con số này phản chiếu mã mở rộng `5.1.1`, và người ta cũng viết `511` như cách gọi tắt của `550 5.1.1`.",
        "Bản vá chkuser trả lời `RCPT TO` bằng mã này khi hộp thư không tồn tại trong một tên miền vpopmail, khi địa chỉ thiếu tên miền hoặc sai định dạng, hoặc khi tên miền của người nhận không có bản ghi MX dùng được, và trả lời `MAIL FROM` bằng mã này khi tên miền của người gửi không có bản ghi như vậy. Các bản chkuser hiện nay gửi `550` kèm `5.1.1` thay vì mã này.",
        "Hãy kiểm tra địa chỉ người nhận xem có gõ sai không và xác nhận lại với người nhận qua kênh khác; gửi lại y nguyên sẽ lại thất bại. Nếu nội dung báo không tìm thấy bản ghi MX hợp lệ, quản trị viên của tên miền được nêu phải công bố các bản ghi MX hoạt động được.",
    ],
    // 517
    [
        "Địa chỉ người gửi bị từ chối",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `517`; con số này phản chiếu mã mở rộng `5.1.7`. Máy chủ thư Courier gửi mã này để từ chối hẳn một người gửi, vì địa chỉ người gửi, tên miền của nó hoặc máy chủ đang kết nối không qua được một trong các bước kiểm tra của Courier.",
        "Courier trả lời `MAIL FROM` bằng mã này khi người gửi nằm trong danh sách chặn của nó, khi tên miền người gửi không tồn tại hoặc có bản ghi MX không hợp lệ hay bị chặn, khi một địa chỉ thư miễn phí được gửi từ ngoài các máy chủ của nhà cung cấp đó, khi SPF thất bại, hoặc khi tên `HELO` không hợp lệ.",
        "Quản trị viên bên gửi nên bảo đảm tên miền tồn tại, có bản ghi MX hợp lệ và bản ghi SPF bao gồm các máy chủ gửi, và máy chủ khai báo một tên `HELO` phân giải được. Nếu chính địa chỉ đó bị chặn, chỉ người vận hành máy chủ nhận mới có thể gỡ chặn.",
    ],
    // 521
    [
        "Máy chủ không nhận thư",
        "Máy chủ bạn kết nối tới không bao giờ nhận email cho bất kỳ ai; nó chỉ trả lời để báo điều đó. Đây là khẳng định vĩnh viễn về máy chủ, không phải về thư hay địa chỉ gửi của bạn.",
        "Máy chủ gửi mã này thay cho lời chào `220` thông thường, điển hình là các máy chủ thư giả được dựng cho những máy hoặc tên miền không nhận thư. Sau đó máy chủ có thể tiếp tục trả lời các lệnh bằng `521` hoặc đơn giản là đóng kết nối.",
        "Đừng thử lại với máy chủ này. Hãy kiểm tra địa chỉ người nhận và tên miền của nó có viết đúng không; nếu đúng, hãy xin người nhận một địa chỉ khác. Nếu tên miền đó cần nhận thư, quản trị viên của nó phải trỏ bản ghi MX đến một máy chủ thư thật.",
    ],
    // 522
    [
        "Hộp thư người nhận đã đầy",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `522`; con số này phản chiếu mã mở rộng `5.2.2`. Các bản cũ của bản vá chkuser cho qmail dùng với vpopmail gửi mã này khi hộp thư của người nhận đã vượt ngưỡng hạn mức.",
        "Bản vá chkuser trả lời `RCPT TO` bằng mã này khi máy chủ bật kiểm tra hạn mức và hộp thư của người nhận đã đầy quá tỷ lệ phần trăm được cấu hình. Các bản chkuser hiện nay gửi `552` kèm `5.2.2` trong cùng tình huống.",
        "Hãy báo cho người nhận qua kênh khác rằng hộp thư của họ đã đầy; họ phải xóa bớt thư hoặc xin hạn mức lớn hơn. Sau đó mới gửi lại, vì thử lại ngay sẽ bị từ chối y như vậy.",
    ],
    // 523
    [
        "Cần mã hóa",
        "Không RFC nào định nghĩa `523` là một phản hồi SMTP, nên đây không phải mã chuẩn, và không có đặc tả công khai nào cho biết máy chủ nào gửi nó. Mã này chỉ xuất hiện trong sổ đăng ký IANA như mã cơ bản của `X.7.10`: cơ chế xác thực đã chọn chỉ được dùng qua kết nối được mã hóa.",
        "Nếu xuất hiện, mã này sẽ trả lời `AUTH` dùng một cơ chế gửi mật khẩu dạng rõ như PLAIN trên một kết nối chưa được mã hóa. Máy chủ theo chuẩn báo tình huống này bằng `504`, hoặc không cung cấp những cơ chế như vậy trước `STARTTLS`.",
        "Hãy chạy `STARTTLS`, gửi lại `EHLO` rồi lặp lại `AUTH` qua kết nối đã mã hóa; trong chương trình thư, hãy bật TLS cho máy chủ thư đi. Cách khác là chọn một cơ chế không gửi mật khẩu dạng rõ.",
    ],
    // 524
    [
        "Cơ chế xác thực được yêu cầu bắt buộc phải mã hóa",
        "Không RFC nào định nghĩa `524` là một phản hồi SMTP, nên đây không phải mã chuẩn. Sổ đăng ký IANA liệt kê nó, bên cạnh `538` đã bị loại bỏ, như một mã cơ bản của `X.7.11` (cơ chế đăng nhập chỉ được phép trên kết nối được mã hóa), nhưng các máy chủ được ghi nhận là gửi mã này lại dùng nó với nghĩa khác: với OpenSMTPD là một người nhận mà nó không mở rộng được, với dịch vụ thư của Alibaba Cloud là một máy chủ mà DNS của dịch vụ không tìm thấy.",
        "OpenSMTPD trả lời `RCPT TO` bằng `524 5.2.4` khi việc mở rộng người nhận (một bí danh, một chuyển tiếp hoặc một danh sách thư) thất bại vĩnh viễn; `424 4.2.4` của nó là dạng tạm thời. Direct Mail của Alibaba Cloud liệt kê `524` cho máy chủ đích mà DNS không phân giải được. Khi trả lời `AUTH`, mã này sẽ mang nghĩa theo sổ đăng ký.",
        "Hãy đọc nội dung sau mã. Nếu việc mở rộng thất bại, quản trị viên bên nhận phải sửa bí danh hoặc danh sách, vì có thể nó tạo vòng lặp hoặc không trỏ tới đâu cả; nếu không tìm thấy máy chủ, hãy kiểm tra các bản ghi DNS của tên miền người nhận. Sau `AUTH`, hãy chạy `STARTTLS`, gửi lại `EHLO` rồi lặp lại `AUTH`.",
    ],
    // 525
    [
        "Tài khoản người dùng đã bị vô hiệu hóa",
        "Không RFC nào định nghĩa `525` là một phản hồi SMTP, nên đây không phải mã chuẩn, và không có đặc tả công khai nào cho biết máy chủ nào gửi nó. Sổ đăng ký IANA chỉ liệt kê nó như mã cơ bản của `X.7.13`: thông tin đăng nhập đúng, nhưng tài khoản đã bị vô hiệu hóa.",
        "Nếu xuất hiện, mã này sẽ trả lời `AUTH` sau khi thông tin đăng nhập đã được kiểm tra thành công, đối với một tài khoản bị quản trị viên khóa, chẳng hạn vì chưa thanh toán phí, vì lạm dụng hoặc vì nghi bị xâm nhập. Tài khoản bị khóa cho đến khi chủ tài khoản giải quyết xong với nhà cung cấp.",
        "Đổi mật khẩu hay thiết lập chương trình thư sẽ không giúp được gì. Hãy liên hệ nhà cung cấp hoặc quản trị viên của tài khoản thư để biết vì sao tài khoản bị vô hiệu hóa và đề nghị kích hoạt lại.",
    ],
    // 530
    [
        "Yêu cầu xác thực",
        "Máy chủ sẽ không thực hiện lệnh cho đến khi phiên được xác thực hoặc, với một số máy chủ, cho đến khi kết nối được mã hóa bằng `STARTTLS`. Thư và địa chỉ không có vấn đề gì; phiên đang thiếu bước đăng nhập hoặc mã hóa.",
        "Máy chủ tiếp nhận thư (submission) gửi mã này cho `MAIL FROM` và các lệnh sau đó khi máy khách chưa đăng nhập bằng `AUTH`. Máy chủ bắt buộc TLS gửi mã này, kèm nội dung yêu cầu chạy `STARTTLS` trước, cho mọi lệnh trừ `NOOP`, `EHLO`, `STARTTLS` và `QUIT` cho đến khi kết nối được mã hóa.",
        "Hãy bật xác thực cho máy chủ thư đi trong chương trình thư, với tên người dùng và mật khẩu của tài khoản, và bật TLS nếu nội dung phản hồi yêu cầu. Phần mềm máy khách nên gửi `STARTTLS`, rồi gửi lại `EHLO`, rồi `AUTH`, tất cả trước `MAIL FROM`.",
    ],
    // 533
    [
        "Không được phép chuyển phát, thư bị từ chối",
        "Không RFC nào định nghĩa `533` là một phản hồi SMTP, nên đây không phải mã chuẩn, và không có đặc tả công khai nào cho biết máy chủ nào gửi nó hay cho lệnh nào. Dấu vết chính thức duy nhất là sổ đăng ký IANA, nơi liệt kê nó trong các mã cơ bản của `X.7.1`, không được phép chuyển phát.",
        "Không có chuỗi lệnh chuẩn nào sinh ra mã này. Nếu một máy chủ gửi nó, tốt nhất nên hiểu là máy chủ từ chối thư vĩnh viễn vì lý do chính sách, giống `550` với `5.7.1`: người gửi hoặc máy gửi này không được phép chuyển thư đến người nhận này.",
        "Hãy xử lý như một lần từ chối `550` vì chính sách: đọc nội dung và mã mở rộng, kiểm tra xem máy gửi của bạn có được phép chuyển phát hoặc chuyển tiếp thư này không, và liên hệ postmaster của bên nhận nếu bạn cho rằng việc chặn là nhầm. Máy khách nên coi đây là lỗi vĩnh viễn vì chữ số đầu của nó.",
    ],
    // 534
    [
        "Cơ chế xác thực quá yếu",
        "Máy chủ từ chối phương thức đăng nhập mà máy khách chọn, vì chính sách của nó đòi hỏi một cơ chế mạnh hơn cho người dùng này. Mật khẩu có thể hoàn toàn đúng; chỉ cơ chế là bị từ chối.",
        "Máy chủ gửi mã này, kèm `5.7.9`, để trả lời `AUTH` khi cơ chế nêu trong lệnh yếu hơn mức máy chủ cho phép với tài khoản đó.",
        "Hãy thử lại `AUTH` với một cơ chế mạnh hơn trong danh sách ở phản hồi `EHLO`; trong chương trình thư, hãy đổi thiết lập phương thức xác thực. Nhập mật khẩu mới sẽ không giúp được gì.",
    ],
    // 535
    [
        "Thông tin xác thực không hợp lệ",
        "Đăng nhập thất bại vì máy chủ không chấp nhận tên người dùng, mật khẩu hoặc thông tin đăng nhập khác. Đây là câu trả lời chung cho một lần `AUTH` thất bại khi không có mã nào cụ thể hơn phù hợp.",
        "Máy chủ gửi mã này, thường kèm `5.7.8`, khi kết thúc quá trình `AUTH` nếu mật khẩu sai, người dùng không tồn tại, hoặc thông tin đăng nhập không đủ cho tài khoản này.",
        "Hãy kiểm tra và sửa tên người dùng và mật khẩu đã lưu trong chương trình thư; phần mềm máy khách nên hỏi lại người dùng thay vì thử lại đúng thông tin cũ. Nếu chúng đúng, hãy xem hướng dẫn cài đặt của nhà cung cấp, vì một số nơi yêu cầu mật khẩu riêng hoặc phương thức đăng nhập khác để gửi thư.",
    ],
    // 538
    [
        "Cơ chế xác thực được yêu cầu bắt buộc phải mã hóa",
        "Máy chủ từ chối cơ chế đăng nhập đã chọn vì cơ chế đó chỉ được dùng qua kết nối được mã hóa. RFC 4954 đã loại bỏ mã này: máy chủ hiện nay không nên cung cấp những cơ chế như vậy trước khi mã hóa, và nếu được yêu cầu thì từ chối bằng `504`.",
        "Các máy chủ cũ được xây dựng theo tiêu chuẩn xác thực trước đây gửi mã này, kèm `5.7.11`, để trả lời `AUTH` trên một kết nối chưa chạy `STARTTLS`, thường là với các cơ chế gửi mật khẩu dạng rõ.",
        "Hãy gửi `STARTTLS`, rồi gửi lại `EHLO`, và lặp lại `AUTH` qua kết nối đã mã hóa; trong chương trình thư, hãy bật TLS cho máy chủ thư đi. Người vận hành máy chủ nên ngừng gửi mã này và ẩn những cơ chế như vậy cho đến khi TLS được kích hoạt.",
    ],
    // 546
    [
        "Phát hiện vòng lặp định tuyến, quá nhiều tiêu đề Received",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `546`; con số này phản chiếu mã mở rộng `5.4.6`. Máy chủ thư Courier gửi mã này khi một thư đã đi qua nhiều máy chủ đến mức gần như chắc chắn nó đang chạy vòng.",
        "Courier trả lời phần kết thúc `DATA` bằng mã này khi phần tiêu đề thư có hơn 100 dòng Received. Những vòng lặp như vậy thường do quy tắc chuyển tiếp, bí danh hoặc thiết lập MX và định tuyến chuyền thư qua lại giữa các hệ thống.",
        "Hãy đọc các dòng Received của thư bị trả lại để xem máy chủ nào lặp lại, rồi sửa quy tắc chuyển tiếp, bí danh hoặc thiết lập định tuyến đang gửi thư quay lại. Gửi lại trước khi sửa sẽ lại rơi vào vòng lặp.",
    ],
    // 550
    [
        "Hành động được yêu cầu chưa thực hiện: hộp thư không khả dụng",
        "Máy chủ từ chối vĩnh viễn địa chỉ này hoặc thư này. Có thể hộp thư không tồn tại, người gửi không có quyền gửi tới đó, hoặc chính sách nội bộ, như lọc thư rác, quy tắc chuyển tiếp (relay) hay kiểm tra người gửi, đã từ chối thư.",
        "Máy chủ gửi mã này cho `RCPT TO` khi người nhận không tồn tại (`5.1.1`) và khi việc chuyển tiếp không được phép (thường là `5.7.1`), cho `MAIL FROM` khi người gửi bị từ chối, và sau phần kết thúc `DATA` khi thư bị chính sách từ chối. Mã mở rộng đi sau giúp phân biệt các trường hợp này.",
        "Hãy đọc mã mở rộng và nội dung. Với `5.1.1`, hãy kiểm tra chính tả của địa chỉ hoặc xin người nhận địa chỉ đúng. Với các lần từ chối vì chính sách như `5.7.1`, quản trị viên tên miền gửi phải kiểm tra SPF, DKIM và các danh sách chặn, hoặc liên hệ postmaster của bên nhận. Gửi lại y nguyên sẽ lại thất bại.",
    ],
    // 551
    [
        "Người dùng không thuộc máy chủ này; hãy thử địa chỉ khác",
        "Máy chủ không xử lý thư cho người nhận này và sẽ không chuyển tiếp; nội dung phản hồi thường nêu địa chỉ cần dùng thay thế. Đây là một trong số ít phản hồi mà máy khách có thể hành động dựa theo nội dung.",
        "Máy chủ gửi mã này cho `RCPT TO` hoặc `VRFY` đối với người dùng đã chuyển đi hoặc có thư được xử lý ở nơi khác, khi hệ thống chọn tiết lộ địa chỉ mới thay vì âm thầm chuyển tiếp. Hệ thống không muốn tiết lộ địa chỉ thì chỉ trả lời `550`.",
        "Hãy kiểm tra xem địa chỉ nêu trong nội dung có hợp lý không, rồi gửi thư đến đó và cập nhật danh bạ. Nếu không có địa chỉ nào được nêu, hãy hỏi người nhận địa chỉ hiện tại qua kênh khác.",
    ],
    // 552
    [
        "Hành động thư được yêu cầu bị hủy: vượt quá dung lượng lưu trữ được cấp",
        "Hành động bị dừng vì giới hạn kích thước hoặc dung lượng: thư lớn hơn mức máy chủ hoặc hộp thư chấp nhận, hoặc dung lượng lưu trữ của người nhận đã dùng hết. Địa chỉ không có vấn đề; vấn đề là kích thước thư.",
        "Máy chủ gửi mã này cho `MAIL FROM` khi `SIZE` khai báo vượt mức tối đa của nó, sau phần kết thúc `DATA` khi thư hóa ra quá lớn, và cho `RCPT TO` khi hộp thư đầy (`5.2.2`). Máy chủ cũ còn dùng mã này khi có quá nhiều người nhận, trường hợp mà mã đúng là `452`.",
        "Hãy làm thư nhỏ lại, chẳng hạn gửi tệp lớn dưới dạng liên kết, và giữ dưới giới hạn `SIZE` mà máy chủ công bố sau `EHLO`. Nếu hộp thư của người nhận đã đầy, người nhận phải giải phóng dung lượng. Máy khách nhận mã này sau nhiều lệnh `RCPT TO` nên gửi cho những người nhận còn lại trong một giao dịch sau.",
    ],
    // 553
    [
        "Hành động được yêu cầu chưa thực hiện: tên hộp thư không được phép",
        "Máy chủ từ chối địa chỉ vì cách nó được viết: sai cú pháp, chứa ký tự mà máy chủ không chấp nhận, hoặc khớp với nhiều hơn một người dùng. Vấn đề nằm ở hình thức của địa chỉ, không phải ở việc hộp thư có tồn tại hay không.",
        "Máy chủ gửi mã này cho `MAIL FROM` hoặc `RCPT TO` khi địa chỉ sai định dạng, cho `RCPT TO` khi đó là địa chỉ không phải ASCII mà nó không chấp nhận được (`5.6.7`; theo RFC 6531, `MAIL FROM` từ chối địa chỉ như vậy bằng `550`), và cho `VRFY` khi một tên mơ hồ, khớp với nhiều người dùng.",
        "Hãy kiểm tra địa chỉ từng ký tự một: có đúng một dấu @, không có khoảng trắng, không có dấu ngoặc hay dấu nháy thừa, và tên miền đầy đủ. Sửa lại rồi gửi lại; nếu địa chỉ chứa ký tự không phải ASCII, hãy dùng địa chỉ ASCII thuần của người nhận nếu họ có.",
    ],
    // 554
    [
        "Giao dịch thất bại",
        "Một lỗi vĩnh viễn chung: máy chủ từ chối toàn bộ giao dịch hoặc toàn bộ phiên, không phải một địa chỉ cụ thể. Mã này được dùng khi không có mã nào chính xác hơn phù hợp, nên nội dung và mã mở rộng đi sau mới chứa lý do thực sự.",
        "Máy chủ gửi mã này thay cho lời chào `220` để từ chối thẳng một máy khách (“No SMTP service here”), để trả lời `DATA` khi chưa có người nhận nào được chấp nhận, và sau phần kết thúc `DATA` khi nội dung bị từ chối. Máy chủ tiếp nhận thư (submission) cũng dùng nó cho các lệnh hoặc dữ liệu thư không đúng quy cách.",
        "Hãy đọc nội dung và mã mở rộng để biết lý do; gửi lại y nguyên sẽ không giúp được gì. Nếu là lời chào, mã này thường có nghĩa là máy gửi hoặc địa chỉ IP bị từ chối theo chính sách, nên quản trị viên tên miền gửi cần kiểm tra các danh sách chặn hoặc liên hệ bên nhận. Nếu xuất hiện sau phần kết thúc thư, máy chủ đã từ chối nội dung: hãy thay đổi phần bị từ chối trước khi gửi lại.",
    ],
    // 555
    [
        "Tham số MAIL FROM/RCPT TO không được nhận ra hoặc chưa được triển khai",
        "Máy chủ không biết, hoặc không hỗ trợ, một tham số mở rộng được thêm vào `MAIL FROM` hoặc `RCPT TO`. Bản thân địa chỉ có thể không sai; chính tham số thêm vào đã gây ra việc từ chối.",
        "Máy chủ gửi mã này khi máy khách thêm các tham số như `SMTPUTF8`, `REQUIRETLS` hoặc `MT-PRIORITY` mà máy chủ không công bố sau `EHLO`. Máy chủ hỗ trợ deliver-by cũng gửi mã này cho một hạn chót chuyển phát mà nó không bao giờ đáp ứng được.",
        "Hãy để máy khách chỉ gửi những tham số mà máy chủ đã công bố trong phản hồi `EHLO`, hoặc bỏ tham số đó rồi thử lại. Nếu thư phụ thuộc vào phần mở rộng, hãy chuyển nó qua một máy chủ có hỗ trợ hoặc trả lại cho người gửi.",
    ],
    // 556
    [
        "Tên miền không nhận thư",
        "Tên miền của người nhận đã tuyên bố rằng nó hoàn toàn không nhận email, nên không địa chỉ nào ở đó có thể nhận thư. Đây là câu trả lời vĩnh viễn về toàn bộ tên miền, không phải về một hộp thư.",
        "Máy chủ chuyển tiếp và máy chủ tiếp nhận thư gửi mã này cho `RCPT TO` mà thậm chí không thử kết nối, thường vì tên miền công bố bản ghi null MX (`5.1.10`). Gõ sai phần tên miền của địa chỉ là nguyên nhân phổ biến.",
        "Hãy kiểm tra tên miền sau dấu @ xem có gõ sai không và xin người nhận một địa chỉ dùng được. Nếu bạn sở hữu tên miền và muốn nhận thư, hãy thay bản ghi null MX bằng các bản ghi MX thật.",
    ],
    // 557
    [
        "Dữ liệu thư vượt quá kích thước tối đa",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `557`; mã thường dùng cho thư quá lớn là `552`. Alibaba Cloud Direct Mail gửi mã này cho chính khách hàng của mình khi một thư gửi qua dịch vụ SMTP của họ lớn hơn mức dịch vụ cho phép.",
        "Direct Mail trả về mã này ở phần kết thúc `DATA` khi toàn bộ thư, kể cả tệp đính kèm, vượt giới hạn kích thước. Mã này đến từ Direct Mail trong lúc nhận thư của bạn, không phải từ máy chủ của người nhận.",
        "Hãy làm thư nhỏ lại: nén hoặc bỏ bớt tệp đính kèm, hoặc chia sẻ tệp lớn bằng liên kết, và xem giới hạn kích thước trong tài liệu của Direct Mail. Gửi lại đúng thư đó sẽ lại bị từ chối.",
    ],
    // 559
    [
        "Địa chỉ người nhận không hợp lệ",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `559`. Alibaba Cloud Direct Mail gửi mã này cho khách hàng khi một địa chỉ người nhận nằm trong danh sách địa chỉ không hợp lệ đã biết của dịch vụ, và dịch vụ từ chối gửi tới đó.",
        "Direct Mail trả lời `RCPT TO` bằng mã này trong lúc nhận thư từ ứng dụng của bạn, trước khi thử chuyển phát, khi địa chỉ khớp với danh sách địa chỉ không hợp lệ toàn cục của nó. Máy chủ của người nhận hoàn toàn không được liên hệ.",
        "Hãy kiểm tra địa chỉ xem có gõ sai không và xác nhận với người nhận qua kênh khác. Hãy xóa những địa chỉ thực sự không hợp lệ khỏi danh sách của bạn, vì gửi lại tới chúng chỉ lặp lại việc bị từ chối.",
    ],
    // 571
    [
        "Không được phép chuyển phát, bị chính sách cục bộ từ chối",
        "Đây không phải phản hồi chuẩn: không RFC nào định nghĩa `571`; con số này phản chiếu mã mở rộng `5.7.1`. Máy chủ thư Courier gửi mã này khi một bộ lọc người nhận từ chối thư, còn các bản cũ của bản vá chkuser cho qmail gửi nó khi máy khách vượt giới hạn hoặc không qua được bước kiểm tra người gửi của bản vá.",
        "Courier trả lời `RCPT TO` bằng mã này khi một bộ lọc đã cấu hình từ chối người nhận mà không đưa ra nội dung riêng. Bản vá chkuser trả lời `RCPT TO` bằng mã này khi một phiên vượt giới hạn người nhận hoặc có quá nhiều người nhận không tồn tại, và trả lời `MAIL FROM` bằng mã này khi địa chỉ người gửi sai định dạng.",
        "Hãy đọc nội dung sau mã. Nếu quá nhiều người nhận, hãy chia đợt gửi thành các lô nhỏ hơn cho mỗi kết nối; nếu người gửi không hợp lệ, hãy sửa địa chỉ người gửi. Nếu một bộ lọc đã từ chối thư, chỉ quản trị viên bên nhận mới có thể cho biết lý do và cho phép thư đi qua.",
    ],
    // X.0.0
    [
        "Trạng thái khác chưa được định nghĩa",
        "Mã này chỉ cho biết lớp của kết quả, không nói gì về nguyên nhân: `2.0.0` là thành công đơn thuần, `4.0.0` là lỗi tạm thời không rõ loại và `5.0.0` là lỗi vĩnh viễn không rõ loại. Lời giải thích thực sự, nếu có, nằm trong phần nội dung sau mã.",
        "Máy chủ gắn `2.0.0` vào các phản hồi thành công thông thường, ví dụ câu trả lời `221` cho `QUIT`. Các dạng lỗi được dùng cho những lỗi mà phần mềm không quy được về mã cụ thể hơn, và báo cáo chuyển phát phải dùng `4.0.0` hoặc `5.0.0` khi không có mã cụ thể nào phù hợp.",
        "Với `2.0.0` không cần làm gì, và với `4.0.0` máy chủ của bạn chỉ việc thử lại sau. Với `5.0.0`, hãy đọc nội dung của phản hồi hoặc thư bị trả lại, vốn thường nêu nguyên nhân; nếu không có, hãy gửi toàn bộ dòng lỗi kèm thời điểm xảy ra cho quản trị viên của máy chủ đã tạo ra nó.",
    ],
    // X.1.0
    [
        "Trạng thái địa chỉ khác",
        "Có điều gì đó ở một địa chỉ, của người gửi hoặc của người nhận, đã gây ra trạng thái này, và máy chủ không cho biết thêm chi tiết. Với lớp 2, mã này chỉ xác nhận một địa chỉ đã được chấp nhận; với lớp 4 hoặc 5, địa chỉ bị từ chối vì một lý do mà mã không nêu.",
        "Dạng thành công `2.1.0` thường dùng để trả lời một `MAIL FROM` được chấp nhận, như trong ví dụ của RFC 2034. Các dạng lỗi xuất hiện khi trả lời `MAIL FROM` hoặc `RCPT TO` lúc một bước kiểm tra địa chỉ thất bại vì lý do không thuộc mã địa chỉ cụ thể nào.",
        "Với `2.1.0` không cần làm gì. Trong các trường hợp khác, hãy kiểm tra địa chỉ người gửi và người nhận xem có lỗi gõ, ký tự thừa hay sai tên miền không, và đọc nội dung sau mã để biết lý do thực sự. Nếu địa chỉ đúng, hãy hỏi quản trị viên của máy chủ đã từ chối chúng.",
    ],
    // X.1.1
    [
        "Địa chỉ hộp thư đích không đúng",
        "Tên miền của người nhận có nhận thư, nhưng hộp thư nêu trước dấu `@` không tồn tại ở đó. RFC 3463 chỉ dành mã này cho lỗi vĩnh viễn, nên dạng thông thường là `5.1.1`.",
        "Máy chủ nhận trả lời `RCPT TO` bằng `550` và `5.1.1` cho người dùng không tồn tại, và thư bị trả lại ghi mã này khi một máy chủ ở chặng sau phát hiện hộp thư không có. IANA cũng ghép mã này với `451`, nên có thể gặp `4.1.1` tạm thời, dù bản thân tình trạng này vốn được coi là vĩnh viễn.",
        "Hãy kiểm tra chính tả phần trước dấu `@` và xác nhận địa chỉ với người nhận qua kênh khác; có thể người đó đã nghỉ việc hoặc đổi địa chỉ. Gửi lại đến cùng địa chỉ sẽ không giúp được gì. Nếu bạn quản lý tên miền nhận và người dùng này lẽ ra phải tồn tại, hãy kiểm tra hộp thư, các bí danh của nó và thư mục người dùng.",
    ],
    // X.1.2
    [
        "Địa chỉ hệ thống đích không đúng",
        "Phần địa chỉ người nhận sau dấu `@` không dẫn tới hệ thống nào nhận thư: tên miền không tồn tại hoặc không thể nhận email. RFC 3463 chỉ dành mã này cho lỗi vĩnh viễn, nên nó xuất hiện dưới dạng `5.1.2`.",
        "Máy chủ bên gửi ghi mã này trong thư báo trả lại khi truy vấn DNS cho tên miền người nhận cho thấy không có tên miền đó hoặc không có máy chủ thư dùng được. Máy chủ chuyển tiếp và máy chủ tiếp nhận thư cũng có thể trả mã này cho `RCPT TO` với một tên miền mà chúng biết là không thể chuyển thư tới.",
        "Hãy kiểm tra tên miền xem có gõ sai không, chẳng hạn thiếu một chữ cái hoặc sai phần đuôi, và xác nhận địa chỉ với người nhận. Nếu tên miền là của bạn, hãy bảo đảm nó đã được đăng ký và công bố đúng các bản ghi MX hoặc bản ghi địa chỉ.",
    ],
    // X.1.3
    [
        "Cú pháp địa chỉ hộp thư đích không đúng",
        "Địa chỉ người nhận không đúng định dạng, nên máy chủ thậm chí không tra cứu nó. Bất kỳ phần nào của địa chỉ cũng có thể sai, trước hay sau dấu `@`. RFC 3463 chỉ dành mã này cho lỗi vĩnh viễn, nên nó xuất hiện dưới dạng `5.1.3`.",
        "Máy chủ trả lời `RCPT TO` bằng `501` và `5.1.3` khi địa chỉ chứa ký tự bị cấm hoặc khoảng trắng, thiếu hoặc thừa dấu `@`, thiếu dấu ngoặc nhọn, hoặc quá dài. Thư bị trả lại ghi mã này khi một máy chủ chuyển tiếp ở chặng sau không phân tích được địa chỉ.",
        "Hãy sửa địa chỉ: bỏ khoảng trắng, dấu nháy và dấu câu thừa, và bảo đảm có đúng một dấu `@` theo sau là một tên miền hợp lệ. Lập trình viên nên kiểm tra xem máy khách có gửi địa chỉ trần trong dấu ngoặc nhọn sau `RCPT TO` không. Địa chỉ có ký tự không phải ASCII cần máy chủ hỗ trợ `SMTPUTF8`.",
    ],
    // X.1.4
    [
        "Địa chỉ hộp thư đích không rõ ràng",
        "Địa chỉ người nhận khớp với nhiều hơn một hộp thư trên hệ thống nhận, nên máy chủ không biết người nào được nhắm tới. RFC 3463 không giới hạn mã này ở một lớp nào.",
        "Mã này đến từ những hệ thống ánh xạ địa chỉ sang hộp thư bằng cách đoán, chẳng hạn theo tên người, khi phép đoán tìm ra nhiều ứng viên. RFC 5321 mô tả cùng tình huống với `VRFY`, được trả lời bằng `553`.",
        "Hãy dùng địa chỉ đầy đủ, chính xác của người nhận thay vì tên hoặc dạng viết tắt, và hỏi họ nếu cần. Quản trị viên hệ thống nhận có thể làm cho địa chỉ là duy nhất hoặc tắt cơ chế so khớp gần đúng.",
    ],
    // X.1.5
    [
        "Địa chỉ đích hợp lệ",
        "Một trạng thái thành công: địa chỉ người nhận đã được kiểm tra và chấp nhận. RFC 3463 dành mã này cho các báo cáo tích cực, nên nó chỉ xuất hiện dưới dạng `2.1.5`.",
        "Máy chủ ghi `2.1.5` trong phản hồi `250` cho mỗi `RCPT TO` được chấp nhận, như trong ví dụ của RFC 2034. Báo cáo chuyển phát cũng có thể ghi mã này cho người nhận mà thư đã được chuyển tiếp hoặc chuyển phát thành công.",
        "Không có gì cần sửa. Hãy nhớ rằng người nhận được chấp nhận chưa có nghĩa là thư đã được chuyển phát: máy chủ vẫn có thể từ chối thư sau khi dữ liệu được gửi, hoặc trả lại thư về sau.",
    ],
    // X.1.6
    [
        "Hộp thư đích đã chuyển đi, không có địa chỉ chuyển tiếp",
        "Địa chỉ này từng hoạt động, nhưng hộp thư không còn nhận thư nữa và máy chủ không có địa chỉ mới nào để cung cấp. RFC 3463 chỉ dành mã này cho lỗi vĩnh viễn, nên nó xuất hiện dưới dạng `5.1.6`.",
        "Máy chủ nhận trả mã này cho `RCPT TO`, hoặc ghi nó trong thư bị trả lại, đối với các địa chỉ cũ, chẳng hạn địa chỉ của người đã rời một tổ chức hoặc chuyển sang nhà cung cấp khác.",
        "Hãy ngừng dùng địa chỉ này và xóa nó khỏi danh bạ và các danh sách thư. Hãy liên lạc với người đó bằng cách khác để lấy địa chỉ hiện tại. Khác với `551`, không có địa chỉ mới nào được đưa ra, nên không có gì để thử lại.",
    ],
    // X.1.7
    [
        "Cú pháp địa chỉ hộp thư người gửi không đúng",
        "Địa chỉ người gửi, thường là địa chỉ trong `MAIL FROM`, không đúng định dạng. RFC 3463 không gắn mã này với một lớp nào, nhưng một địa chỉ sai định dạng sẽ lại bị từ chối nếu được gửi y nguyên.",
        "Máy chủ trả lời `MAIL FROM` bằng mã này, cùng với `501` hoặc `553`, khi địa chỉ có ký tự không hợp lệ, không có tên miền, không có `@` hoặc thiếu dấu ngoặc nhọn. Các script, biểu mẫu web và thiết bị có địa chỉ người gửi đặt sai có thể gây ra lỗi này.",
        "Hãy sửa địa chỉ người gửi trong phần cài đặt của chương trình hoặc thiết bị gửi để nó là một địa chỉ đầy đủ với tên miền hợp lệ. Lập trình viên nên kiểm tra để `MAIL FROM` chỉ chứa địa chỉ trần trong dấu ngoặc nhọn, không kèm tên hiển thị.",
    ],
    // X.1.8
    [
        "Địa chỉ hệ thống của người gửi không đúng",
        "Tên miền của địa chỉ người gửi không tồn tại hoặc không thể nhận thư, nên thư trả lời và thư báo trả lại sẽ không bao giờ đến được người gửi. `5.1.8` có nghĩa là tên miền không dùng được; `4.1.8` có nghĩa là tạm thời chưa kiểm tra xong và lần sau có thể thành công.",
        "Máy chủ nhận trả lời `MAIL FROM` bằng mã này sau khi tra cứu tên miền người gửi trong DNS mà không tìm thấy đích nhận thư nào dùng được. Nhiều bên nhận từ chối thư như vậy, vì người gửi không thể nhận thư bị trả lại thường là dấu hiệu của thư rác.",
        "Hãy gửi từ một địa chỉ có tên miền tồn tại và nhận được thư, và kiểm tra cài đặt của ứng dụng hoặc thiết bị xem có lỗi gõ hay tên miền giữ chỗ không. Nếu tên miền là của bạn, hãy bảo đảm nó đã được đăng ký và có bản ghi MX hoặc bản ghi địa chỉ, và đừng công bố null MX cho tên miền mà bạn dùng để gửi thư.",
    ],
    // X.1.9
    [
        "Thư đã được chuyển tiếp đến hệ thống thư không tương thích",
        "Địa chỉ người nhận hợp lệ và thư đã được chuyển đi, nhưng đến một hệ thống không hỗ trợ theo dõi thư, nên không còn thông tin nào thêm về hành trình của nó. Đây không phải lỗi, và RFC 3886 chỉ dùng mã này dưới dạng `2.1.9`.",
        "Mã này xuất hiện trong báo cáo theo dõi thư (RFC 3886), luôn đi cùng hành động “relayed”, khi dấu vết của thư dừng ở một hệ thống không trả lời được yêu cầu theo dõi. Thông thường nó không được gửi như một phản hồi SMTP.",
        "Không có gì cần sửa: thư đã rời các hệ thống được theo dõi một cách bình thường. Để xác nhận thư đã đến nơi, hãy hỏi người nhận hoặc người vận hành hệ thống kế tiếp.",
    ],
    // X.1.10
    [
        "Địa chỉ người nhận có null MX",
        "Tên miền của người nhận công bố một null MX, tức bản ghi DNS tuyên bố rằng tên miền hoàn toàn không nhận email. Địa chỉ này không bao giờ nhận được thư, nên đây là lỗi vĩnh viễn: `5.1.10`.",
        "Máy chủ gửi và máy chủ tiếp nhận thư từ chối `RCPT TO` bằng `556` và `5.1.10` khi truy vấn DNS cho tên miền người nhận tìm thấy null MX. Bạn nhận lỗi ngay lập tức thay vì sau nhiều ngày thử lại. Microsoft Exchange Online gửi `550 5.1.10` theo một nghĩa riêng của mình: địa chỉ người nhận không tồn tại trong tổ chức nhận.",
        "Địa chỉ bị gõ sai hoặc tên miền cố ý không nhận thư: hãy kiểm tra xem phần tên miền có bị gõ sai, chỉ trông giống tên miền định gửi, hay là tên của một máy chủ web không, và xin người nhận một địa chỉ dùng được. Nếu bạn sở hữu tên miền và muốn nhận thư, hãy thay null MX bằng các bản ghi MX thật.",
    ],
    // X.2.0
    [
        "Trạng thái hộp thư khác hoặc chưa được định nghĩa",
        "Hộp thư của người nhận có tồn tại, nhưng có điều gì đó ở chính hộp thư đã làm thư bị chậm hoặc bị chặn, và máy chủ không đưa ra mã nào chính xác hơn. Sự cố với hộp thư thuộc về phía người nhận.",
        "Máy chủ nhận dùng mã này khi trả lời `RCPT TO` hoặc phần kết thúc dữ liệu thư, và trong thư bị trả lại, khi một hộp thư không thể nhận thư vì lý do không có mã riêng. Nội dung sau mã thường cho biết lý do.",
        "Với `4.2.0`, hãy để máy chủ của bạn tiếp tục thử lại. Với `5.2.0`, hãy báo cho người nhận qua kênh khác và trích dẫn nội dung lỗi, vì chỉ họ hoặc quản trị viên thư của họ mới có thể khắc phục hộp thư.",
    ],
    // X.2.1
    [
        "Hộp thư bị vô hiệu hóa, không nhận thư",
        "Hộp thư tồn tại nhưng đã bị tắt chức năng nhận thư. RFC 3463 cho phép cả hai lớp: `5.2.1` khi hộp thư sẽ không được bật lại, `4.2.1` khi nó chỉ bị chặn trong một thời gian.",
        "Nhà cung cấp gửi mã này để trả lời `RCPT TO`, hoặc trong thư bị trả lại, đối với những tài khoản đã bị đình chỉ, khóa hoặc đóng nhưng chưa bị xóa. Lý do cụ thể để vô hiệu hóa hộp thư tùy thuộc vào từng nhà cung cấp.",
        "Hãy liên lạc với người nhận bằng cách khác và xin một địa chỉ dùng được hoặc đề nghị họ kích hoạt lại tài khoản. Với `4.2.1`, máy chủ của bạn tự thử lại; với `5.2.1`, gửi lại sẽ thất bại cho đến khi hộp thư được bật lại.",
    ],
    // X.2.2
    [
        "Hộp thư đầy",
        "Hộp thư của người nhận đã chạm hạn mức dung lượng, nên không chứa thêm được gì cho đến khi người nhận xóa bớt thư. RFC 3463 muốn dùng mã này như lỗi tạm thời (`4.2.2`), nhưng nó cũng được gửi kèm phản hồi vĩnh viễn `552`, thành ra `5.2.2`.",
        "Máy chủ nhận trả mã này cho `RCPT TO` hoặc cho phần kết thúc dữ liệu thư khi một tài khoản vượt hạn mức, và báo cáo chuyển phát ghi mã này khi bước chuyển phát cuối cùng thấy hộp thư đã đầy. Mã này chỉ liên quan đến một người nhận: những người khác trên cùng máy chủ vẫn có thể nhận được thư.",
        "Chỉ người nhận mới khắc phục được, bằng cách xóa hoặc lưu trữ bớt thư, hoặc quản trị viên của họ, bằng cách nâng hạn mức. Là người gửi, hãy báo cho người nhận qua kênh khác; với `4.2.2` máy chủ của bạn tự thử lại, với `5.2.2` bạn phải gửi lại thư sau.",
    ],
    // X.2.3
    [
        "Độ dài thư vượt giới hạn quản trị",
        "Thư lớn hơn mức mà riêng hộp thư này chấp nhận: người nhận có giới hạn kích thước riêng, thấp hơn giới hạn chung của máy chủ. RFC 3463 coi đây là lỗi vĩnh viễn (`5.2.3`), nên cùng thư đó sẽ lại bị từ chối.",
        "Máy chủ gửi mã này kèm `552`, thường là khi trả lời phần kết thúc dữ liệu thư, cho một người nhận có giới hạn kích thước riêng mà thư vượt quá. Những người nhận khác trên cùng máy chủ, với giới hạn cao hơn, vẫn có thể nhận được thư.",
        "Hãy làm thư nhỏ lại: bỏ hoặc nén tệp đính kèm, hoặc chia sẻ tệp lớn qua liên kết tải xuống. Nếu người nhận cần nhận tệp lớn, họ có thể đề nghị quản trị viên nâng giới hạn cho hộp thư của mình.",
    ],
    // X.2.4
    [
        "Sự cố khi mở rộng danh sách thư",
        "Địa chỉ người nhận thuộc về một danh sách thư, và danh sách không thể được mở rộng thành địa chỉ của các thành viên. RFC 3463 cho phép cả hai lớp: `4.2.4` cho sự cố thoáng qua, `5.2.4` cho sự cố kéo dài.",
        "Máy chủ quản lý danh sách thư hoặc bí danh ghi mã này, khi trả lời `RCPT TO` hoặc trong thư bị trả lại, nếu việc chuyển địa chỉ danh sách thành địa chỉ thành viên thất bại. Mã này nói về cả danh sách, không phải về một thành viên nào.",
        "Với `4.2.4`, hãy để máy chủ của bạn thử lại. Với `5.2.4`, hãy báo cho chủ danh sách hoặc quản trị viên máy chủ danh sách, vì bản thân danh sách phải được sửa trước thì gửi lại mới có ích.",
    ],
    // X.3.0
    [
        "Trạng thái hệ thống thư khác hoặc chưa được định nghĩa",
        "Hệ thống nhận tồn tại và bình thường vẫn nhận thư, nhưng có điều gì đó ở chính hệ thống, không phải ở địa chỉ hay thư, đã gây ra trạng thái này, và không có mã nào chính xác hơn. Các dạng lỗi đặt nguyên nhân ở phía đích.",
        "IANA gắn mã này với rất nhiều phản hồi, từ `250` và `221` đến `421`, `451`, `550` và `554`, nên nó xuất hiện ở cả thành công lẫn thất bại. Các dạng lỗi được dùng cho sự cố nội bộ ở phía đích; nội dung sau mã thường mô tả sự cố đó.",
        "Với `4.3.0` bạn không cần làm gì, vì máy chủ của bạn sẽ thử lại. Nếu `5.3.0` cứ lặp lại, hãy gửi toàn bộ dòng lỗi kèm thời điểm cho quản trị viên thư bên nhận, vì lỗi nằm ở hệ thống của họ. Nếu đó là hệ thống của bạn, hãy xem nhật ký vào thời điểm đó.",
    ],
    // X.3.1
    [
        "Hệ thống thư đã đầy",
        "Toàn bộ hệ thống thư bên nhận đã hết dung lượng lưu trữ, không chỉ một hộp thư, và người nhận không thể tự giải phóng chỗ. RFC 3463 chỉ cho phép mã này là lỗi tạm thời, nên nó xuất hiện dưới dạng `4.3.1`.",
        "Máy chủ gửi `452` kèm `4.3.1` để trả lời `MAIL FROM`, `RCPT TO` hoặc phần kết thúc dữ liệu thư khi dung lượng đĩa hoặc hàng đợi đã cạn. Với phần mở rộng `SIZE`, máy chủ cũng có thể gửi `452` ngay ở `MAIL FROM` khi không đủ chỗ cho thư có kích thước đã khai báo.",
        "Người gửi không cần làm gì: thư vẫn nằm trong hàng đợi và sẽ được thử lại sau. Quản trị viên máy chủ nhận phải giải phóng dung lượng đĩa hoặc bổ sung bộ nhớ lưu trữ, và nên theo dõi hàng đợi để nó không bị đầy lần nữa.",
    ],
    // X.3.2
    [
        "Hệ thống không nhận thư từ mạng",
        "Máy chủ chứa hộp thư không nhận thư, tạm thời hoặc hoàn toàn. RFC 3463 cho phép cả hai lớp: `4.3.2` cho nguyên nhân thoáng qua như bảo trì, tải cao hoặc sắp tắt máy, `5.3.2` khi máy chủ từ chối thư vĩnh viễn.",
        "Máy chủ gửi `4.3.2` kèm một lời từ chối tạm thời khi đang quá tải, đang bảo trì hoặc đang tắt. Một máy chủ không bao giờ nhận thư sẽ chào bằng `521` (RFC 7504), không kèm mã mở rộng vì RFC 2034 không đặt mã mở rộng nào vào lời chào; với những phản hồi có mang mã mở rộng, sổ đăng ký IANA ghép `5.3.2` với `521` và với `453`.",
        "Với `4.3.2`, hãy để máy chủ của bạn thử lại sau; thư không có vấn đề gì. Với `5.3.2`, nhất là khi đi kèm `521`, máy chủ đó không nhận thư: hãy kiểm tra địa chỉ và các bản ghi MX của tên miền người nhận, và hỏi người nhận cách liên lạc khác.",
    ],
    // X.3.3
    [
        "Hệ thống không hỗ trợ các tính năng được chọn",
        "Thư yêu cầu một tính năng hoặc tùy chọn mà hệ thống nhận không cung cấp được, nên không thể xử lý theo cách người gửi yêu cầu. RFC 3463 nêu các cổng nối (gateway) là nguồn điển hình, khi một tính năng của môi trường thư này không có tính năng tương ứng ở môi trường kia.",
        "Mã này xuất hiện trong thư bị trả lại từ các cổng nối sang hệ thống thư khác, và trong phản hồi từ máy chủ không đáp ứng được một tùy chọn mà thư phụ thuộc vào. Nội dung sau mã lẽ ra phải nêu tên tính năng.",
        "Hãy tìm hiểu tính năng nào bị từ chối, rồi gửi lại mà không dùng nó hoặc qua một đường đi có hỗ trợ nó. Nếu lời từ chối đến từ cổng nối của chính bạn, quản trị viên cổng nối phải bổ sung hỗ trợ cho tính năng đó hoặc thay đổi cách ánh xạ nó.",
    ],
    // X.3.4
    [
        "Thư quá lớn đối với hệ thống",
        "Thư lớn hơn kích thước tối đa mà hệ thống nhận chấp nhận, bất kể người nhận là ai. Giới hạn có thể do kỹ thuật hoặc do chính sách. RFC 3463 chỉ cho phép mã này là lỗi vĩnh viễn, nên nó xuất hiện dưới dạng `5.3.4`.",
        "Máy chủ gửi mã này kèm `552` để trả lời `MAIL FROM` khi `SIZE` khai báo vượt giới hạn, hoặc kèm `552` hay `554` sau dữ liệu thư khi đã biết kích thước thực. Máy chủ hỗ trợ `SIZE` có thể nêu giới hạn của mình trong phản hồi `EHLO`.",
        "Hãy làm thư nhỏ lại: chia sẻ tệp lớn qua liên kết tải xuống, hoặc nén hay chia nhỏ tệp đính kèm. Nếu phản hồi `EHLO` của máy chủ có một con số sau `SIZE`, đó là giới hạn tính bằng byte. Gửi lại y nguyên thư đó sẽ lại thất bại.",
    ],
    // X.3.5
    [
        "Hệ thống bị cấu hình sai",
        "Chính cấu hình của hệ thống nhận khiến nó không thể nhận thư này. Mã này chỉ ra lỗi cấu hình trên máy chủ đó, không phải vấn đề với thư hay địa chỉ của bạn.",
        "Máy chủ và máy chủ chuyển tiếp báo mã này khi thiết lập của chúng ngăn việc nhận hoặc chuyển tiếp thư. Lớp mã cho biết lỗi được kỳ vọng sẽ sớm được sửa (`4.3.5`) hay không (`5.3.5`).",
        "Người gửi không thể tự khắc phục. Hãy báo toàn bộ dòng lỗi, thời điểm và địa chỉ người nhận cho quản trị viên của máy chủ đã gửi mã này; với tên miền của nơi khác, hãy báo qua người nhận hoặc địa chỉ postmaster của tên miền đó. Nếu đó là máy chủ của bạn, hãy kiểm tra thiết lập tên miền, định tuyến, chuyển phát và nhật ký của nó.",
    ],
    // X.3.6
    [
        "Mức ưu tiên được yêu cầu đã bị thay đổi",
        "Thư đã được chấp nhận, nhưng không ở mức ưu tiên mà người gửi yêu cầu bằng `MT-PRIORITY` (hoặc mức mặc định, nếu không yêu cầu): máy chủ đã nâng hoặc hạ mức đó. Đây là một thành công, `2.3.6`, và nội dung phản hồi bắt đầu bằng mức ưu tiên mới.",
        "Máy chủ hỗ trợ `MT-PRIORITY` gửi mã này trong phản hồi `250` cho `MAIL FROM` hoặc cho phần kết thúc dữ liệu thư khi chính sách của nó gán một mức ưu tiên khác, ví dụ dựa trên tài khoản mà người gửi đã dùng để xác thực.",
        "Không có gì cần sửa: thư đang trên đường đi. Nếu bạn cần mức ưu tiên cao hơn, hãy hỏi quản trị viên máy chủ xem tài khoản hoặc tên miền của bạn có được dùng mức đó không; máy chủ có thể từ chối nâng mức ưu tiên cho người gửi mà nó không tin cậy, nhưng vẫn cho họ tự hạ mức của mình.",
    ],
    // X.4.0
    [
        "Trạng thái mạng hoặc định tuyến khác hay chưa được định nghĩa",
        "Việc chuyển phát thất bại hoặc bị chậm do một sự cố mạng hay định tuyến mà hệ thống báo cáo không mô tả chính xác hơn được. Chữ số lớp vẫn cho bạn biết sự cố là tạm thời (`4.4.0`) hay vĩnh viễn (`5.4.0`).",
        "Máy chủ thư ghi mã này trong thông báo chậm trễ và thông báo thất bại, hoặc trong một phản hồi, nếu việc kết nối hay định tuyến tới máy chủ kế tiếp thất bại vì lý do không thuộc mã mạng cụ thể nào.",
        "Với `4.4.0`, hãy để máy chủ gửi tiếp tục thử lại. Nếu tình trạng kéo dài, hoặc với `5.4.0`, hãy đọc nội dung sau mã và phần chẩn đoán của thư bị trả lại, rồi kiểm tra DNS và khả năng kết nối giữa máy chủ gửi và các máy chủ thư của bên đích.",
    ],
    // X.4.1
    [
        "Máy chủ không trả lời",
        "Máy chủ gửi đã thử kết nối tới máy chủ thư kế tiếp, nhưng máy đó không trả lời vì đang bận, bị sập hoặc không truy cập được. RFC 3463 chỉ coi đây là trạng thái tạm thời, nên ngay cả thư bị trả lại cuối cùng cũng có thể ghi `4.4.1` sau khi bên gửi đã thử lại đến hết thời hạn.",
        "Thường thì chính máy chủ thư của bạn báo mã này trong thông báo chậm trễ hoặc trong nhật ký, sau khi các kết nối tới máy chủ thư của người nhận bị hết thời gian chờ hoặc bị từ chối. Máy chủ tiếp nhận thư hỗ trợ `BURL` trả lời `451 4.4.1` nếu không kết nối được tới máy chủ IMAP đang giữ thư. Microsoft Exchange Online còn trả lời `550 5.4.1` để từ chối địa chỉ người nhận không tồn tại trong tổ chức nhận, một cách dùng riêng của nhà cung cấp này.",
        "Hãy chờ, vì máy chủ gửi sẽ tự thử lại. Nếu kéo dài hàng giờ, hãy kiểm tra xem tên miền người nhận có bản ghi MX đúng không, các máy chủ thư của nó có đang chạy và chấp nhận kết nối không, và có tường lửa nào chặn lưu lượng không. Với lời từ chối `5.4.1`, hãy đọc nội dung sau mã.",
    ],
    // X.4.2
    [
        "Kết nối kém",
        "Đã kết nối được tới máy chủ kế tiếp, nhưng kết nối hỏng trước khi giao dịch thư hoàn tất, do hết thời gian chờ hoặc đường truyền kém. RFC 3463 chỉ coi đây là trạng thái tạm thời (`4.4.2`); bản thân thư không có vấn đề gì.",
        "Máy chủ bên gửi ghi lại mã này nếu bên kia ngừng phản hồi giữa phiên hoặc kết nối bị đứt, ví dụ giữa chừng một lần truyền `DATA` dài. Máy chủ cũng có thể ghép mã này với `421` khi đóng phiên sớm.",
        "Hãy để máy chủ gửi thử lại: máy khách bị đứt kết nối nên coi giao dịch như thể đã nhận một `451` tạm thời. Nếu cứ thất bại với một đích nhất định, hãy tìm hiện tượng mất gói trên đường mạng và kiểm tra xem thời gian chờ của cả hai máy chủ có ít nhất bằng mức tối thiểu trong RFC 5321 không.",
    ],
    // X.4.3
    [
        "Lỗi máy chủ thư mục",
        "Thư không thể được chuyển tiếp vì một dịch vụ thư mục mà hệ thống thư dựa vào, thường nhất là DNS, không truy cập được hoặc không trả lời. RFC 3463 chỉ coi đây là trạng thái tạm thời (`4.4.3`).",
        "Máy chủ dùng mã này nếu một truy vấn DNS cần cho việc chuyển phát bị hết thời gian chờ hoặc thất bại ở phía máy chủ DNS. Máy chủ nhận có kiểm tra SPF gửi `451 4.4.3` nếu bước kiểm tra SPF gặp lỗi DNS tạm thời.",
        "Thường thì lần thử lại sau sẽ thành công khi DNS trả lời trở lại. Nếu tình trạng kéo dài, hãy kiểm tra trình phân giải DNS của máy chủ đã báo lỗi, và bảo đảm các máy chủ tên của tên miền liên quan có phản hồi và công bố đúng các bản ghi MX và SPF.",
    ],
    // X.4.4
    [
        "Không thể định tuyến",
        "Hệ thống thư không xác định được phải gửi thư đi đâu tiếp, vì dữ liệu định tuyến cần thiết, thường là các bản ghi DNS của tên miền người nhận, không có sẵn. RFC 3463 cho phép cả dạng tạm thời (`4.4.4`) lẫn vĩnh viễn (`5.4.4`).",
        "Máy chủ bên gửi báo mã này nếu tên miền người nhận không tồn tại, không có bản ghi MX hay bản ghi địa chỉ dùng được, hoặc truy vấn DNS cho nó chỉ trả về bản ghi SOA. Lỗi DNS thoáng qua cho ra `4.4.4`; tên miền hoàn toàn không có đường nhận thư cho ra `5.4.4`.",
        "Hãy kiểm tra phần tên miền của địa chỉ người nhận xem có gõ sai không. Nếu tên miền đúng, chủ sở hữu của nó phải công bố các bản ghi MX (hoặc một bản ghi địa chỉ) trỏ tới một máy chủ thư truy cập được. Với `4.4.4`, trong lúc đó máy chủ gửi vẫn tiếp tục thử lại.",
    ],
    // X.4.5
    [
        "Hệ thống thư bị nghẽn",
        "Thư không được chuyển phát vì hệ thống thư bị nghẽn, chẳng hạn quá tải hoặc hàng đợi bị ùn lại. RFC 3463 chỉ coi đây là trạng thái tạm thời (`4.4.5`); thư không có vấn đề gì.",
        "Máy chủ đang bận gửi mã này để trả lời các lệnh, thường dưới dạng `451 4.4.5`, và máy chủ bên gửi ghi nó trong thông báo chậm trễ. Một số máy chủ cũng dùng mã này để làm chậm những máy khách mở quá nhiều kết nối hoặc gửi quá nhanh.",
        "Hãy để máy chủ gửi thử lại sau với khoảng chờ tăng dần. Nếu bạn gửi số lượng lớn và thường gặp mã này, hãy giảm số kết nối đồng thời và tốc độ gửi tới đích đó. Nếu mã đến từ máy chủ của chính bạn, hãy kiểm tra tải và hàng đợi của nó.",
    ],
    // X.4.6
    [
        "Phát hiện vòng lặp định tuyến",
        "Thư bị chuyển qua lại giữa các máy chủ quá nhiều lần, nên một máy chủ đã dừng nó để phá vòng lặp. Bảng định tuyến sai hoặc các địa chỉ chuyển tiếp qua lại cho nhau gây ra tình trạng này. RFC 3463 mô tả đây là trạng thái tạm thời (`4.4.6`).",
        "Máy chủ thường phát hiện vòng lặp bằng cách đếm các trường tiêu đề Received của thư; RFC 5321 yêu cầu một giới hạn cao, thường ít nhất là 100. Lỗi này thường xảy ra sau khi có một quy tắc chuyển tiếp mới gửi thư quay lại một địa chỉ trước đó, hoặc một thay đổi MX hay relay khiến các máy chủ chuyền thư cho nhau.",
        "Hãy xem các trường tiêu đề Received của thư bị trả lại để biết thư đã đi qua những máy chủ nào. Sau đó gỡ bỏ quy tắc chuyển tiếp, bí danh hoặc tuyến relay đang trỏ ngược về một chặng trước. Người gửi không thể sửa lỗi này; quản trị viên của các hệ thống bị lặp phải sửa.",
    ],
    // X.4.7
    [
        "Hết thời hạn chuyển phát",
        "Thư đã quá cũ: nó nằm trong hàng đợi lâu hơn mức hệ thống cho phép, hoặc đã quá hạn chót chuyển phát do người gửi đặt. RFC 3463 khuyến nghị máy chủ, khi biết, hãy báo sự cố thực sự đã ngăn việc chuyển phát thay vì dùng mã này.",
        "Mã này chủ yếu xuất hiện trong thư bị trả lại từ một máy chủ gửi đã thử lại một đích trong nhiều ngày mà không thành công; RFC 5321 đề nghị chỉ bỏ cuộc sau ít nhất 4 đến 5 ngày. Với phần mở rộng Deliver By, việc lỡ hạn chót cho ra lỗi `5.4.7` hoặc thông báo chậm trễ `4.4.7`, tùy chế độ người gửi đã chọn.",
        "Hãy tìm trong thư bị trả lại hoặc nhật ký máy chủ các lỗi từ những lần chuyển phát trước; chúng cho thấy nguyên nhân thực sự, chẳng hạn máy chủ không truy cập được hoặc hộp thư đầy. Hãy khắc phục nguyên nhân đó rồi gửi lại thư.",
    ],
    // X.5.0
    [
        "Trạng thái giao thức khác hoặc chưa được định nghĩa",
        "Có gì đó sai trong chính cuộc trao đổi SMTP và không có mã giao thức cụ thể hơn phù hợp, nên mã phản hồi cơ bản và nội dung đi kèm mang thông tin chi tiết. Dạng thành công `2.5.0` chỉ xác nhận một bước giao thức đã thành công.",
        "Mã này đi kèm nhiều phản hồi khác nhau: `250 2.5.0` sau một lệnh thành công, `503 5.5.0` hoặc `554 5.5.0` khi nội dung thư được gửi bằng `BURL` mà chưa có người nhận nào được chấp nhận, và `4.5.0` hoặc `5.5.0` cho các lỗi lệnh khác. Sổ đăng ký cũng liệt kê nó cùng các phản hồi `458` và `459` của `ETRN`.",
        "Với `2.5.0` không cần làm gì. Với các lỗi, hãy đọc mã phản hồi cơ bản và nội dung sau mã mở rộng, rồi tìm lệnh gây ra lỗi trong nhật ký SMTP. Cách khắc phục thường là thay đổi chuỗi lệnh hoặc thiết lập của máy khách.",
    ],
    // X.5.1
    [
        "Lệnh không hợp lệ",
        "Máy khách đã gửi một lệnh mà máy chủ không hỗ trợ, hoặc gửi sai thời điểm trong phiên, chẳng hạn `DATA` trước khi có `RCPT TO` nào được chấp nhận. RFC 3463 chỉ coi đây là trạng thái vĩnh viễn (`5.5.1`).",
        "Máy chủ ghép mã này với các phản hồi như `500` hoặc `503`: lệnh không tồn tại hoặc bị tắt, một `MAIL FROM` thứ hai trong cùng giao dịch, `RCPT TO` trước `MAIL FROM`, hoặc một lệnh được gửi trước bước `STARTTLS` hay `AUTH` bắt buộc.",
        "Phần mềm gửi phải được sửa: giữ đúng thứ tự `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, và chỉ dùng những lệnh mà máy chủ đã liệt kê trong phản hồi `EHLO`. Với các script và thiết bị gửi thư, hãy kiểm tra xem máy chủ có yêu cầu `STARTTLS` hoặc `AUTH` trước không.",
    ],
    // X.5.2
    [
        "Lỗi cú pháp",
        "Máy chủ không hiểu được một lệnh, hoặc vì cú pháp sai, hoặc vì từ lệnh không tồn tại. RFC 3463 chỉ coi đây là trạng thái vĩnh viễn (`5.5.2`).",
        "Máy chủ gửi mã này kèm `500` hoặc `501` cho lệnh sai định dạng, và kèm `501` khi câu trả lời trong `AUTH` không phải Base64 hợp lệ. Máy chủ nhận cũng trả lời `550 5.5.2` khi không phân tích được bản ghi SPF của tên miền gửi (lỗi SPF “permerror”).",
        "Với lỗi lệnh, phần mềm máy khách phải gửi các lệnh SMTP đúng định dạng; lệnh bị từ chối trong nhật ký SMTP cho thấy chỗ sai. Trong trường hợp SPF, chủ sở hữu tên miền gửi phải sửa bản ghi SPF trong DNS.",
    ],
    // X.5.3
    [
        "Quá nhiều người nhận",
        "Thư nêu nhiều người nhận hơn mức máy chủ chấp nhận trong một giao dịch. RFC 3463 mong bên gửi chia nhỏ danh sách và gửi cho những người nhận còn lại trong một giao dịch sau; mã này dành cho những trường hợp không làm được như vậy.",
        "Máy chủ gửi mã này để trả lời `RCPT TO` khi đã chạm giới hạn người nhận cho một thư, thường kèm `452`, phản hồi mà RFC 5321 quy định cho trường hợp này, hoặc kèm `451`. Máy chủ áp dụng chính sách riêng của hệ thống có thể dùng phản hồi vĩnh viễn `5.5.3` thay thế.",
        "Máy khách tuân chuẩn sẽ gửi thư cho những người nhận đã được chấp nhận và thử lại những người bị từ chối trong một giao dịch mới. Nếu bạn thấy mã này trong thư bị trả lại, hãy chia người nhận thành các nhóm nhỏ hơn hoặc dùng danh sách thư. Quản trị viên có thể kiểm tra giới hạn người nhận được cấu hình trên máy chủ.",
    ],
    // X.5.4
    [
        "Đối số lệnh không hợp lệ",
        "Lệnh hợp lệ, nhưng một trong các đối số của nó thì không: nằm ngoài phạm vi, sai định dạng, hoặc nêu một tính năng mà máy chủ không hỗ trợ. RFC 3463 chỉ coi đây là trạng thái vĩnh viễn (`5.5.4`).",
        "Các trường hợp điển hình là lệnh `AUTH` nêu một cơ chế mà máy chủ không cung cấp (`504 5.5.4`), một tham số của `MAIL FROM` hoặc `RCPT TO` mà máy chủ không biết (`555`), và giá trị không hợp lệ cho tham số mở rộng như thời hạn Deliver By hoặc thời gian giữ thư để phát hành sau (`501 5.5.4`).",
        "Hãy đối chiếu lệnh bị từ chối trong nhật ký SMTP với các phần mở rộng và cơ chế `AUTH` mà máy chủ liệt kê trong phản hồi `EHLO`, và chỉ gửi những tham số được hỗ trợ với giá trị hợp lệ. Đây là lỗi thiết lập hoặc lỗi phần mềm ở máy khách, nên thử lại y nguyên sẽ lại thất bại.",
    ],
    // X.5.5
    [
        "Sai phiên bản giao thức",
        "Hai hệ thống dùng các phiên bản giao thức không khớp nhau, và không thống nhất được một phiên bản mà cả hai cùng hỗ trợ. RFC 3463 không gắn mã này với một lớp nào, và sổ đăng ký không liệt kê mã phản hồi nào cho nó.",
        "Mã này hiếm gặp trong SMTP thông thường, nơi các tính năng được thương lượng qua `EHLO`. Các cổng nối và hệ thống thư khác có thể ghi mã này trong thông báo chuyển phát nếu hệ thống kế tiếp dùng một phiên bản giao thức thư không tương thích.",
        "Hãy đọc nội dung sau mã để biết giao thức hoặc phiên bản nào bị từ chối. Quản trị viên của hai hệ thống phải cập nhật hoặc cấu hình lại một bên để cả hai dùng chung một phiên bản; gửi lại y nguyên không giúp được gì.",
    ],
    // X.5.6
    [
        "Dòng trao đổi xác thực quá dài",
        "Trong quá trình `AUTH`, máy khách đã gửi một câu trả lời Base64 dài hơn bộ đệm mà máy chủ dành cho cơ chế SASL đã chọn, nên việc xác thực thất bại. Sổ đăng ký cho phép cả dạng vĩnh viễn lẫn tạm thời.",
        "Máy chủ trả lời `500 5.5.6` cho một lượt trao đổi `AUTH` có dòng trả lời vượt giới hạn, ví dụ khi máy khách gửi một token xác thực lớn trên một dòng. RFC 4954 cho rằng 12288 octet là đủ cho các cơ chế được dùng vào thời điểm nó được viết.",
        "Cả hai bên nên xử lý được những câu trả lời dài nhất mà cơ chế của họ tạo ra. Quản trị viên máy chủ có thể nâng giới hạn độ dài dòng cho xác thực, hoặc máy khách có thể chuyển sang một cơ chế có câu trả lời ngắn hơn.",
    ],
    // X.6.0
    [
        "Lỗi định dạng nội dung khác hoặc chưa được định nghĩa",
        "Có điều gì đó trong nội dung thư khiến nó không thể chuyển phát, và không có mã nội dung cụ thể nào phù hợp; phần thông báo sau mã thường cho biết lý do. Ở dạng thành công `2.6.0`, mã này chỉ xác nhận dữ liệu thư đã được chấp nhận.",
        "Máy chủ có thể dùng `5.6.0` hoặc `4.6.0` sau dấu `.` cuối cùng của `DATA` để từ chối nội dung, ví dụ một thư có cấu trúc hỏng; những sự cố nào được báo theo cách này là tùy từng máy chủ. Phản hồi thành công `250 2.6.0` cho dữ liệu thư đã được chấp nhận có trong các ví dụ của RFC 2034.",
        "Hãy đọc phần thông báo sau mã, vốn thường nêu tên sự cố. Sửa thư, chẳng hạn định dạng của nó hoặc phần bị từ chối, rồi gửi lại. Nếu nội dung có vẻ ổn, hãy hỏi quản trị viên bên nhận xem hệ thống của họ phản đối điều gì.",
    ],
    // X.6.1
    [
        "Định dạng nội dung không được hỗ trợ",
        "Thư chứa một loại nội dung mà giao thức chuyển phát hoặc hệ thống kế tiếp trên đường đi không xử lý được. RFC 3463 chỉ coi đây là trạng thái vĩnh viễn (`5.6.1`).",
        "Các trường hợp điển hình là nội dung nhị phân thô hoặc 8-bit được gửi tới một máy chủ không công bố `BINARYMIME` hoặc `8BITMIME`, và các cổng nối sang hệ thống thư khác không mang được một số loại nội dung.",
        "Hãy gửi nội dung ở dạng mà cả đường đi đều mang được, chẳng hạn tệp đính kèm được mã hóa Base64 thay vì nhị phân thô, hoặc ở một định dạng phổ biến hơn. Quản trị viên máy chủ gửi nên bảo đảm máy chủ chuyển đổi nội dung nhị phân hoặc 8-bit cho những máy chủ không hỗ trợ, nếu không thì trả thư lại kèm thông báo lỗi rõ ràng.",
    ],
    // X.6.2
    [
        "Cần chuyển đổi nhưng bị cấm",
        "Nội dung phải được chuyển đổi thì hệ thống kế tiếp mới nhận được, nhưng việc chuyển đổi không được phép. Hoặc người gửi đã cấm điều đó ngay trong thư, hoặc chính sách của máy gửi cấm.",
        "Máy chủ chuyển tiếp và cổng nối ghi mã này trong thông báo thất bại nếu chặng kế tiếp không nhận được nội dung ở dạng nguyên vẹn, trong khi chính thư hoặc chính sách của bên gửi không cho phép chuyển đổi.",
        "Hãy gửi thư ở dạng mà bên đích chấp nhận mà không cần chuyển đổi, chẳng hạn với các phần MIME mã hóa 7-bit, hoặc cho phép chuyển đổi nếu chương trình thư hay chính sách của bạn có lựa chọn đó.",
    ],
    // X.6.3
    [
        "Cần chuyển đổi nhưng không được hỗ trợ",
        "Nội dung phải được chuyển đổi thì chặng kế tiếp mới nhận, nhưng một máy trên đường đi không thể thực hiện việc chuyển đổi đó hoặc thấy không khả thi. Trường hợp kinh điển là một thư 8-bit phải chuyển thành 7-bit cho máy chủ kế tiếp, khi đi qua một máy chủ chuyển tiếp không hạ cấp được nó.",
        "Máy chủ chuyển tiếp ghi mã này trong thông báo thất bại nếu máy chủ kế tiếp không có `8BITMIME` hoặc `BINARYMIME` và chúng không thể mã hóa lại thư. Máy chủ tiếp nhận thư trả lời `554 5.6.3` cho `BURL` nếu nội dung lấy về là nhị phân hoặc có tiêu đề 8-bit mà chúng không chuyển đổi.",
        "Hãy gửi thư đã được mã hóa sẵn cho đường truyền 7-bit (phần thân dạng quoted-printable hoặc Base64, văn bản tiêu đề đã mã hóa); nhiều chương trình thư làm được việc này. Quản trị viên máy chủ chuyển tiếp có thể bật chuyển đổi 8-bit sang 7-bit nếu phần mềm của họ hỗ trợ.",
    ],
    // X.6.4
    [
        "Đã chuyển đổi có mất dữ liệu",
        "Nội dung đã phải được chuyển đổi trên đường đi, và một phần dữ liệu bị mất trong quá trình đó. Ở dạng `2.6.4`, đây là cảnh báo đi kèm một lần chuyển phát thành công; ở dạng `5.6.4`, đây là lỗi, vì người gửi đã cấm chuyển đổi có mất dữ liệu.",
        "Máy chủ trả lời `250 2.6.4` sau một lần chuyển đổi có mất dữ liệu, ví dụ máy chủ tiếp nhận thư `BURL` đã mã hóa lại tiêu đề 8-bit và phải đoán bộ ký tự của chúng. Thông báo thất bại ghi `5.6.4` nếu cách chuyển đổi duy nhất sẽ làm mất dữ liệu trong khi người gửi đã cấm điều đó.",
        "Sau `2.6.4`, thư đã đến nơi, nhưng hãy kiểm tra xem người nhận có đọc được không; để tránh cảnh báo, hãy gửi nội dung có nhãn bộ ký tự đúng và tiêu đề đã mã hóa. Sau `5.6.4`, hãy gửi nội dung không cần chuyển đổi có mất dữ liệu, hoặc cho phép kiểu chuyển đổi đó.",
    ],
    // X.6.5
    [
        "Chuyển đổi thất bại",
        "Nội dung thư cần được chuyển đổi và đã được thử chuyển đổi, nhưng không thành công. RFC 3463 cho phép cả dạng tạm thời (`4.6.5`) lẫn vĩnh viễn (`5.6.5`).",
        "Máy chủ chuyển tiếp, cổng nối và máy chủ biến đổi nội dung ghi mã này trong thông báo thất bại nếu việc chuyển đổi bị hỏng, chẳng hạn với nội dung sai định dạng. Theo quy tắc chuyển đổi nội dung của RFC 4141, mọi lần chuyển đổi thất bại đều dừng xử lý với `5.6.5`.",
        "Với `4.6.5`, lần thử sau có thể thành công. Với `5.6.5`, hãy kiểm tra thư xem có phần nào sai định dạng hoặc nhãn bộ ký tự sai không và gửi lại ở dạng đơn giản hơn, hoặc nhờ quản trị viên của hệ thống chuyển đổi kiểm tra nhật ký.",
    ],
    // X.6.6
    [
        "Nội dung thư không có sẵn",
        "Máy chủ phải lấy nội dung thư từ một hệ thống khác, và việc đó thất bại. Mã này thuộc phần mở rộng `BURL`, trong đó máy chủ tiếp nhận thư lấy thư từ một máy chủ IMAP; RFC 4468 cho phép cả dạng tạm thời lẫn vĩnh viễn.",
        "Máy chủ tiếp nhận thư trả lời `554 5.6.6` cho lệnh `BURL` nếu máy chủ IMAP trả về lỗi hoặc không có dữ liệu cho URL. Lỗi kết nối tới máy chủ IMAP được báo theo cách khác, bằng `451 4.4.1`.",
        "Hãy kiểm tra xem URL có còn trỏ tới một thư tồn tại không và máy chủ tiếp nhận thư có được phép lấy thư từ máy chủ IMAP không. Chương trình thư hoặc quản trị viên của cả hai máy chủ phải sửa điều này; gửi toàn bộ thư bằng `DATA` hoặc `BDAT` sẽ tránh được sự cố.",
    ],
    // X.6.7
    [
        "Địa chỉ không phải ASCII không được phép cho người gửi/người nhận đó",
        "Máy chủ từ chối một địa chỉ quốc tế hóa, tức địa chỉ có ký tự ngoài ASCII như chữ có dấu hoặc chữ viết không phải Latin, vì người gửi hoặc người nhận này chỉ được dùng địa chỉ ASCII.",
        "Máy chủ hỗ trợ `SMTPUTF8` trả lời `553` kèm mã này cho `RCPT TO` khi người nhận bắt buộc phải có địa chỉ ASCII, và `550` kèm mã này cho `MAIL FROM` khi người gửi bắt buộc phải có địa chỉ ASCII.",
        "Hãy dùng một địa chỉ thuần ASCII cho hộp thư đó nếu chủ hộp thư có. Nếu không, quản trị viên của hộp thư bị từ chối phải bật địa chỉ quốc tế hóa cho nó; gửi lại y nguyên sẽ lại thất bại.",
    ],
    // X.6.8
    [
        "Cần phản hồi dạng chuỗi UTF-8 nhưng máy khách SMTP không cho phép",
        "Máy chủ cần văn bản UTF-8 trong phản hồi để hiển thị tên hộp thư, nhưng máy khách chưa cho phép phản hồi UTF-8, nên máy chủ không thể đưa ra câu trả lời đó. Mã này thuộc phần mở rộng `SMTPUTF8`.",
        "Máy chủ dùng mã này cho các lệnh `VRFY` hoặc `EXPN` gửi không kèm tham số `SMTPUTF8` nếu câu trả lời sẽ chứa một hộp thư không phải ASCII; RFC 6531 yêu cầu mã phản hồi `252` hoặc `550` trong trường hợp đó.",
        "Hãy lặp lại lệnh `VRFY` hoặc `EXPN` với tham số `SMTPUTF8` nếu máy khách hỗ trợ email quốc tế hóa. Máy khách không xử lý được phản hồi UTF-8 thì không thể nhận câu trả lời này; không thư nào bị ảnh hưởng.",
    ],
    // X.6.9
    [
        "Thư có tiêu đề UTF-8 không thể chuyển tới một hoặc nhiều người nhận, nên thư phải bị từ chối",
        "Thư có các trường tiêu đề quốc tế hóa (UTF-8), và ít nhất một người nhận không thể nhận thư như vậy, nên máy chủ đã từ chối toàn bộ thư sau khi nhận nội dung.",
        "Máy chủ gửi mã này sau dấu `.` cuối cùng của `DATA`. RFC 6531 nêu `554` là mã phản hồi cho trường hợp này, còn sổ đăng ký liệt kê `550`, nên có thể gặp cả hai; RFC 6531 khuyến khích máy chủ phát hiện sự cố sớm hơn, ngay ở `RCPT TO`.",
        "Hãy gửi thư cho những người nhận bị ảnh hưởng với tiêu đề và địa chỉ thuần ASCII, hoặc đề nghị quản trị viên của họ bật email quốc tế hóa (`SMTPUTF8`). Những người nhận chấp nhận UTF-8 có thể được gửi trong một thư riêng.",
    ],
    // X.6.10
    [
        "Bản trùng lặp đã lỗi thời của X.6.8",
        "Sổ đăng ký chỉ giữ `X.6.10` như một bản trùng lặp đã lỗi thời của `X.6.8`, không có văn bản mẫu và không có mã phản hồi liên kết. Nếu một máy chủ gửi mã này, hãy hiểu nó là `X.6.8`: phản hồi lẽ ra cần văn bản UTF-8 mà máy khách chưa cho phép.",
        "Mã này không nên xuất hiện trong các phản hồi hiện nay. Máy chủ nào vẫn gửi nó thì ý là `X.6.8`, thường để trả lời lệnh `VRFY` hoặc `EXPN` gửi không kèm tham số `SMTPUTF8`.",
        "Hãy xử lý như `X.6.8`: lặp lại lệnh với tham số `SMTPUTF8` nếu máy khách của bạn hỗ trợ. Người vận hành máy chủ còn gửi mã này nên đổi nó thành `X.6.8`.",
    ],
    // X.7.0
    [
        "Trạng thái bảo mật khác hoặc chưa được định nghĩa",
        "Một quy tắc bảo mật hoặc chính sách đã chặn lệnh hoặc thư, và máy chủ hoặc không có mã chính xác hơn, hoặc không muốn nói thêm. Phần nội dung sau mã thường là nơi duy nhất nêu lý do thực sự.",
        "RFC 4954 ghép mã này với `454` cho lỗi đăng nhập tạm thời ở phía máy chủ, và với `530` khi một lệnh cần `AUTH` trước. Máy chủ bắt buộc `STARTTLS` trước mọi thứ khác cũng trả lời `530 5.7.0`, và một số máy chủ dùng mã này cho những lần từ chối theo chính sách mà chúng không muốn giải thích.",
        "Sau `530`, hãy làm theo yêu cầu của máy chủ: bật TLS bằng `STARTTLS` hoặc đăng nhập bằng `AUTH` trước `MAIL FROM`. Sau `454`, đừng nhập lại mật khẩu: máy chủ gặp lỗi thoáng qua, nên hãy thử lại sau. Trong các trường hợp khác, hãy đọc nội dung phản hồi và, nếu nó không nói gì hữu ích, hãy hỏi postmaster của bên nhận.",
    ],
    // X.7.1
    [
        "Không được phép chuyển phát, thư bị từ chối",
        "Chính sách của bên nhận không cho phép người gửi này gửi tới người nhận này, nên thư bị từ chối. Việc chặn có thể nhắm vào máy chủ hoặc địa chỉ IP của bạn, địa chỉ hoặc tên miền của bạn, hoặc là một thiết lập dành cho người nhận; bản thân nội dung có thể không có vấn đề gì.",
        "Máy chủ gửi mã này để từ chối chuyển tiếp (relay) cho những tên miền mà nó không phục vụ, để từ chối các máy hoặc người gửi bị bộ lọc chặn, và, theo khuyến nghị của RFC 7208, khi kiểm tra SPF thất bại. RFC 7489 nêu `550 5.7.1` là phản hồi cho thư bị từ chối theo chính sách DMARC của tên miền người gửi.",
        "Hãy đọc nội dung phản hồi để biết quy tắc nào đã khớp. Nếu nó nhắc đến relay, hãy đăng nhập vào máy chủ thư đi của chính bạn thay vì gửi qua máy chủ của người khác. Với SPF hoặc DMARC, quản trị viên bên gửi phải sửa các bản ghi DNS của tên miền (xem `X.7.23` và `X.7.26`); với một danh sách chặn được nêu tên, cần gửi yêu cầu gỡ khỏi danh sách, và chỉ người nhận mới có thể gỡ chặn do chính họ đặt.",
    ],
    // X.7.2
    [
        "Không được phép mở rộng danh sách thư",
        "Địa chỉ này là một danh sách thư, và bạn không được phép gửi bài lên đó. Bản thân danh sách vẫn hoạt động; chỉ là quy tắc của nó không nhận thư từ địa chỉ của bạn.",
        "Máy chủ danh sách và máy chủ thư gửi mã này cho những danh sách chỉ nhận bài từ thành viên hoặc người gửi được duyệt, hoặc hoàn toàn không nhận bài. Mã này cũng xuất hiện khi một thành viên viết từ một địa chỉ khác với địa chỉ đã đăng ký.",
        "Hãy gửi từ địa chỉ đã đăng ký vào danh sách, hoặc đề nghị chủ danh sách cho phép bạn gửi bài hay chuyển thư của bạn lên. Gửi lại cùng thư sẽ không giúp được gì cho đến khi quy tắc của danh sách thay đổi.",
    ],
    // X.7.3
    [
        "Cần chuyển đổi bảo mật nhưng không thực hiện được",
        "Để chuyển phát thư, lớp bảo vệ của nó lẽ ra phải được chuyển từ một định dạng nhắn tin bảo mật sang định dạng khác, và hệ thống trên đường đi không làm được điều đó. Thư được bảo vệ ở một dạng mà bên đích không dùng được.",
        "Các cổng nối giữa những hệ thống nhắn tin bảo mật khác nhau gửi mã này khi một thư đã ký hoặc mã hóa phải đi sang một hệ thống dùng giao thức bảo mật khác và không có cách chuyển đổi giữa hai bên.",
        "Hãy bảo vệ thư bằng một định dạng mà hệ thống của người nhận hỗ trợ, hoặc gửi không có lớp bảo vệ đó nếu chính sách của bạn cho phép, và thống nhất một định dạng chung với người nhận. Người vận hành cổng nối có thể cho biết nó chuyển đổi được những định dạng nào.",
    ],
    // X.7.4
    [
        "Tính năng bảo mật không được hỗ trợ",
        "Thư hoặc lệnh yêu cầu một tính năng bảo mật, chẳng hạn một kiểu xác thực an toàn, mà đường chuyển phát này không cung cấp được. Yêu cầu không thể được thực hiện như đã đưa ra.",
        "Máy chủ gửi mã này khi máy khách yêu cầu một cơ chế bảo mật mà nó không triển khai; IANA ghép mã này với `504`, phản hồi mà RFC 4954 quy định cho một cơ chế `AUTH` máy chủ không hỗ trợ. Các cổng nối gửi mã này khi giao thức kế tiếp trên đường đi không mang được các tính năng bảo mật của thư.",
        "Hãy kiểm tra những gì máy chủ hỗ trợ (phản hồi `EHLO` của nó liệt kê các phần mở rộng và các cơ chế `AUTH`) và dùng một trong số đó, hoặc gửi không kèm tính năng đó nếu chính sách của bạn cho phép. Nếu thực sự cần tính năng đó, quản trị viên bên nhận phải bổ sung hỗ trợ.",
    ],
    // X.7.5
    [
        "Lỗi mật mã",
        "Một hệ thống được phép xác minh hoặc giải mã thư trên đường đi đã không làm được, vì thiếu khóa hoặc thông tin cần thiết khác, hoặc thông tin đó không hợp lệ. Vấn đề nằm ở dữ liệu khóa, không phải do thư bị thay đổi.",
        "Các bộ kiểm tra chữ ký và cổng nối giải mã gửi mã này khi không lấy được khóa cần thiết hoặc khóa tìm được không dùng được. RFC 6376 đề xuất `451 4.7.5` cho bộ xác minh DKIM không lấy được khóa công khai vì máy chủ khóa không trả lời.",
        "Với `4.7.5`, hãy để các lần thử lại tiếp tục: nguồn khóa có thể hoạt động trở lại. Nếu tình trạng kéo dài, quản trị viên bên gửi nên kiểm tra xem các khóa ký hoặc mã hóa đã được công bố và còn hợp lệ không (với DKIM, đó là bản ghi khóa dưới selector nêu trong chữ ký), và bên nhận nên kiểm tra xem đã cài đúng khóa giải mã chưa.",
    ],
    // X.7.6
    [
        "Thuật toán mật mã không được hỗ trợ",
        "Một hệ thống được phép xác minh hoặc giải mã thư đã không làm được, vì thư được ký hoặc mã hóa bằng một thuật toán mà nó không hỗ trợ. Khóa có thể không có vấn đề; trở ngại là thuật toán.",
        "Các cổng nối và bộ lọc kiểm tra chữ ký hoặc giải mã thư gửi mã này khi thư dùng một thuật toán mà chúng không triển khai, hoặc vì thuật toán quá mới, hoặc vì chúng đã bỏ hỗ trợ.",
        "Người gửi nên ký hoặc mã hóa bằng một thuật toán được hỗ trợ rộng rãi mà người nhận chấp nhận, và thống nhất với nhau nếu cần. Nếu phần mềm của người nhận đã lỗi thời, quản trị viên bên đó phải bổ sung hỗ trợ cho thuật toán.",
    ],
    // X.7.7
    [
        "Lỗi toàn vẹn thư",
        "Một hệ thống được phép xác minh thư phát hiện thư đã bị hỏng hoặc bị sửa đổi trên đường đi, nên chữ ký hoặc bước kiểm tra toàn vẹn khác không còn khớp. RFC 3463 cho phép mã này trong báo cáo vĩnh viễn, tạm thời và cả báo cáo thành công.",
        "Các bộ xác minh gửi mã này khi một thư đã ký hoặc được bảo vệ không qua được bước kiểm tra toàn vẹn, thường vì một máy chủ trên đường đi đã viết lại tiêu đề hoặc thêm văn bản sau khi ký. RFC 7372 cũng nêu `5.7.7` là mã chung cho những nhà vận hành không muốn tiết lộ bước kiểm tra xác thực nào đã thất bại.",
        "Hãy tìm xem điều gì thay đổi thư sau khi ký: phần mềm danh sách thư, bên chuyển tiếp, cổng bảo mật và các công cụ thêm chân thư hay lời miễn trừ trách nhiệm là những nghi phạm thường gặp. Hãy ký ở bước cuối cùng trước khi thư rời đi, hoặc ngăn sự thay đổi đó; so sánh bản đã gửi với bản nhận được sẽ cho thấy phần bị sửa.",
    ],
    // X.7.8
    [
        "Thông tin xác thực không hợp lệ",
        "Đăng nhập bằng `AUTH` thất bại vì tên người dùng, mật khẩu hoặc thông tin đăng nhập khác bị sai hoặc không đủ cho tài khoản này. Bạn chưa đăng nhập, và mọi thao tác cần đăng nhập sẽ bị từ chối.",
        "Máy chủ tiếp nhận thư trả lời một lần `AUTH` thất bại bằng `535 5.7.8`, ví dụ khi chương trình thư vẫn lưu mật khẩu cũ. Đặc tả `BURL` cũ hơn (RFC 4468) cũng dùng `5.7.8` cho trường hợp thiếu quan hệ tin cậy; RFC 5248 đã chuyển ý nghĩa đó sang `X.7.14`.",
        "Hãy kiểm tra tên người dùng và mật khẩu trong phần thiết lập máy chủ thư đi (SMTP) của chương trình thư và nhập lại. Một số nhà cung cấp yêu cầu tên người dùng là địa chỉ email đầy đủ, hoặc một mật khẩu ứng dụng riêng thay cho mật khẩu thông thường.",
    ],
    // X.7.9
    [
        "Cơ chế xác thực quá yếu",
        "Máy chủ không chấp nhận phương thức đăng nhập mà máy khách chọn cho người dùng này, vì chính sách của nó đòi hỏi một phương thức mạnh hơn. Mật khẩu có thể hoàn toàn đúng; chỉ là cách trình mật khẩu ra không được phép.",
        "Máy chủ trả lời `AUTH` bằng `534 5.7.9` khi cơ chế được chọn yếu hơn mức chính sách cho phép với tài khoản đó, ví dụ sau khi nhà cung cấp thắt chặt quy tắc đăng nhập. Yahoo gửi `554 5.7.9` theo một nghĩa riêng của mình: thư bị từ chối theo chính sách của Yahoo, thường gặp nhất là do không qua được xác thực hoặc không đạt chính sách DMARC của tên miền người gửi.",
        "Hãy chọn phương thức xác thực khác trong phần thiết lập máy chủ thư đi của máy khách, lấy một trong các cơ chế mà máy chủ liệt kê sau `AUTH` trong phản hồi `EHLO`, rồi thử lại. Nếu không cơ chế nào hoạt động, hãy hỏi nhà cung cấp xem họ yêu cầu phương thức đăng nhập nào.",
    ],
    // X.7.10
    [
        "Cần mã hóa",
        "Kết nối phải được mã hóa trước: máy chủ không cho phép cơ chế đăng nhập đã chọn trên một kết nối không được bảo vệ. RFC 8689 dùng lại `5.7.10` trong thư bị trả lại khi không thiết lập được phiên TLS cho một thư bắt buộc phải có phiên đó. IANA ghép mã này với `523`, một mã phản hồi không RFC nào định nghĩa.",
        "Máy chủ gửi mã này chủ yếu cho `AUTH` dùng cơ chế mật khẩu dạng rõ khi TLS chưa được bật. Máy chủ chuyển tiếp ghi `5.7.10` trong báo cáo chuyển phát thất bại cho thư `REQUIRETLS` khi không mở được phiên được bảo vệ tới bất kỳ máy chủ thư nào của người nhận.",
        "Hãy bật mã hóa cho máy chủ thư đi trong chương trình thư (`STARTTLS` hoặc kết nối TLS) trước khi đăng nhập, hoặc chọn một cơ chế mạnh hơn. Với thư bị trả lại do `REQUIRETLS`, quản trị viên bên nhận phải cung cấp TLS với chứng chỉ hợp lệ, hoặc người gửi phải quyết định có gửi lại mà không kèm yêu cầu đó hay không.",
    ],
    // X.7.11
    [
        "Cơ chế xác thực được yêu cầu bắt buộc phải mã hóa",
        "Cơ chế đăng nhập bạn chọn chỉ được dùng trên kết nối được mã hóa, mà kết nối này thì chưa được mã hóa. RFC 4954 giữ mã này, với phản hồi `538`, chỉ vì lý do lịch sử; IANA còn liệt kê `524`, mã không RFC nào định nghĩa.",
        "Các máy chủ cũ trả lời `AUTH` bằng `538 5.7.11` khi máy khách thử dùng một cơ chế như vậy mà không có TLS. Máy chủ hiện nay được kỳ vọng không công bố những cơ chế này cho đến khi TLS được bật, nên máy khách chỉ dùng cơ chế được công bố sẽ không gặp mã này.",
        "Hãy bật TLS bằng `STARTTLS` (hoặc kết nối qua TLS) trước `AUTH`, gửi lại `EHLO`, và chọn trong số các cơ chế được cung cấp trên kết nối đã mã hóa. Nếu một máy chủ hiện đại gửi mã này, có lẽ máy khách đang dùng một cơ chế mà máy chủ chưa bao giờ cung cấp.",
    ],
    // X.7.12
    [
        "Cần chuyển đổi mật khẩu",
        "Máy chủ cần bạn đăng nhập một lần bằng cơ chế `PLAIN` trước khi cơ chế bạn chọn có thể hoạt động với tài khoản này. Lần `AUTH` này bị từ chối, nhưng không có nghĩa là mật khẩu sai. RFC 4954 dùng mã này với `432`; IANA còn liệt kê `422`, mã không RFC nào định nghĩa.",
        "Máy chủ gửi `432 4.7.12` cho `AUTH` khi chưa thể dùng cơ chế được chọn cho tài khoản và cần một lần đăng nhập `PLAIN` để chuẩn bị cho các phiên sau.",
        "Hãy đăng nhập một lần bằng `PLAIN` qua kết nối được mã hóa để bảo vệ mật khẩu, rồi quay lại dùng cơ chế đã chọn trong các phiên sau. Nếu chương trình thư không đổi được cơ chế, hãy đề nghị nhà cung cấp hoàn tất việc chuyển đổi ở phía họ.",
    ],
    // X.7.13
    [
        "Tài khoản người dùng bị vô hiệu hóa",
        "Bản thân việc đăng nhập đã thành công, nhưng tài khoản đã bị vô hiệu hóa nên không được gửi thư. Tài khoản bị khóa cho đến khi quản trị viên bật lại. IANA ghép mã này với `525`, một mã phản hồi không RFC nào định nghĩa.",
        "Nhà cung cấp gửi mã này ngay sau một lần `AUTH` thành công cho tài khoản mà họ đã tắt, chẳng hạn vì chưa thanh toán, vì lạm dụng hoặc vì có dấu hiệu bị xâm nhập.",
        "Đừng nhập lại mật khẩu nhiều lần; mật khẩu không phải là vấn đề. Chủ tài khoản phải liên hệ nhà cung cấp hoặc quản trị viên, tìm hiểu lý do tài khoản bị vô hiệu hóa và đề nghị bật lại, chẳng hạn sau khi thanh toán hoặc sau khi bảo mật lại tài khoản bị xâm nhập.",
    ],
    // X.7.14
    [
        "Cần có quan hệ tin cậy",
        "Máy chủ tiếp nhận thư được yêu cầu lấy nội dung thư từ một máy chủ khác, thường là máy chủ IMAP được nêu trong lệnh `BURL`, nhưng nó chưa được cấu hình quan hệ tin cậy với máy chủ đó. Thiếu quan hệ này, nó không lấy được nội dung.",
        "Máy chủ tiếp nhận thư hỗ trợ `BURL` gửi mã này, ví dụ dưới dạng `554 5.7.14`, khi URL trỏ tới một máy chủ mà nó không được thiết lập để tin cậy. RFC 4468 ban đầu dùng `5.7.8` cho trường hợp này; RFC 5248 đã cấp cho nó một mã riêng. Gmail trả lời `AUTH` bằng `534 5.7.14` theo một nghĩa riêng của mình: tài khoản phải đăng nhập qua trình duyệt web trước.",
        "Chương trình thư chỉ nên dùng `BURL` với những máy chủ IMAP mà máy chủ tiếp nhận thư công bố sau khi đăng nhập, hoặc gửi toàn bộ thư bằng `DATA` hay `BDAT`. Quản trị viên của hai máy chủ có thể thiết lập quan hệ tin cậy, chẳng hạn cấp cho máy chủ tiếp nhận thư thông tin đăng nhập riêng trên máy chủ IMAP.",
    ],
    // X.7.15
    [
        "Mức ưu tiên quá thấp",
        "Máy chủ từ chối thư vì mức ưu tiên truyền của nó, đặt bằng `MT-PRIORITY` hoặc do máy chủ gán, thấp hơn mức thấp nhất mà máy chủ đang chấp nhận. Giới hạn này có thể chỉ là tạm thời.",
        "Máy chủ tiếp nhận thư hỗ trợ phần mở rộng `MT-PRIORITY` gửi mã này, thường kèm `450` hoặc `550`, khi chính sách của chúng chỉ cho thư có mức ưu tiên cao hơn đi qua, ví dụ trong giai đoạn hoạt động hạn chế.",
        "Với dạng `4.7.15`, hãy để máy khách thử lại sau, khi các mức ưu tiên thấp hơn được chấp nhận trở lại. Nếu thư khẩn cấp và bạn được phép dùng mức ưu tiên cao hơn, hãy gửi lại với giá trị `MT-PRIORITY` cao hơn; nếu không, hãy hỏi quản trị viên máy chủ về chính sách ưu tiên.",
    ],
    // X.7.16
    [
        "Thư quá lớn so với mức ưu tiên đã chỉ định",
        "Thư lớn hơn mức máy chủ cho phép ở mức ưu tiên truyền của nó, dù có thể được chấp nhận ở mức ưu tiên khác hoặc với kích thước nhỏ hơn. RFC 4865 từng gán cho con số này một ý nghĩa khác (hạn mức cho thư phát hành sau), nhưng ý nghĩa đó chưa bao giờ được đăng ký; IANA dùng ý nghĩa nêu ở đây.",
        "Máy chủ có phần mở rộng `MT-PRIORITY` và chính sách đặt giới hạn kích thước theo mức ưu tiên gửi mã này, thường kèm `552`, hoặc ở `MAIL FROM` khi máy khách cũng đã khai báo `SIZE`, hoặc sau khi dữ liệu thư đã đến.",
        "Hãy làm thư nhỏ lại, chẳng hạn bỏ bớt tệp đính kèm, hoặc gửi với giá trị `MT-PRIORITY` thấp hơn, hoặc hỏi quản trị viên máy chủ về giới hạn cho từng mức ưu tiên. Với dạng `4.7.16`, giới hạn có thể chỉ là tạm thời và lần thử lại sau có thể thành công.",
    ],
    // X.7.17
    [
        "Chủ hộp thư đã thay đổi",
        "Người gửi đã yêu cầu, bằng phần mở rộng `RRVS` hoặc trường tiêu đề `Require-Recipient-Valid-Since`, chỉ chuyển phát nếu hộp thư vẫn thuộc cùng một chủ kể từ một ngày nhất định, và bên nhận biết hộp thư đã đổi chủ kể từ đó. RFC 4865 từng dùng con số này cho một hạn mức; IANA đã gán nó cho RFC 7293.",
        "Các hệ thống tự động gửi thư nhạy cảm dùng `RRVS` để tránh gửi nhầm tới người đã tiếp quản một địa chỉ được tái sử dụng. Khi đó máy chủ nhận trả lời `550 5.7.17` cho `RCPT TO`, hoặc sau dữ liệu thư nếu ngày được đưa trong trường tiêu đề.",
        "Người gửi nên coi địa chỉ này không còn thuộc về người mà mình biết: ngừng gửi tới đó và hỏi người đó địa chỉ hiện tại qua kênh khác. Gửi lại mà bỏ bước kiểm tra ngày có thể khiến thư đến tay một người lạ.",
    ],
    // X.7.18
    [
        "Chủ tên miền đã thay đổi",
        "Người gửi đã yêu cầu kiểm tra quyền sở hữu bằng `RRVS` hoặc trường tiêu đề `Require-Recipient-Valid-Since`, và bên nhận báo rằng tên miền của người nhận đã có chủ mới kể từ ngày đã cho. Thư gửi tới địa chỉ đó giờ có thể đến tay một người không liên quan.",
        "Hệ thống nhận hỗ trợ `RRVS` gửi mã này khi biết tên miền đã đổi chủ sau ngày người gửi nêu và chọn công khai điều đó, thay vì chỉ trả lời về hộp thư.",
        "Người gửi nên ngừng dùng địa chỉ này và xác nhận địa chỉ mới với người nhận dự định qua kênh khác. Phía nhận không cần sửa gì.",
    ],
    // X.7.19
    [
        "Không thể hoàn tất kiểm tra RRVS",
        "Người gửi đã yêu cầu kiểm tra quyền sở hữu bằng `RRVS`, nhưng bên nhận không có hồ sơ về thời điểm hộp thư được tạo hoặc được chuyển giao lần gần nhất, nên từ chối thay vì đoán. Mã này không cho biết địa chỉ còn hợp lệ hay không.",
        "Bên nhận gửi mã này khi không biết ngày tạo hộp thư hay một mốc thay thế hợp lý nào, chẳng hạn sau khi một tên miền chuyển sang chủ hoặc nhà cung cấp mới mà không kèm lịch sử hộp thư.",
        "Người gửi phải quyết định: gửi lại không kèm lớp bảo vệ `RRVS` nếu chấp nhận được rủi ro đó, hoặc trước hết xác nhận địa chỉ với người nhận qua kênh khác. Lặp lại đúng yêu cầu cũ sẽ không giúp được gì.",
    ],
    // X.7.20
    [
        "Không tìm thấy chữ ký DKIM hợp lệ",
        "Bên nhận yêu cầu một chữ ký DKIM hợp lệ, và thư không có chữ ký nào như vậy: thư không được ký, hoặc mọi chữ ký đều không qua được bước xác minh. RFC 6376 khuyên không nên từ chối thư chỉ vì lý do này, nên đây là một chính sách cục bộ khắt khe.",
        "Bên nhận bắt buộc DKIM, chẳng hạn theo thỏa thuận với một đối tác đã cam kết ký mọi thư, gửi mã này khi dữ liệu thư đã đến. Chữ ký thất bại khi khóa công khai không có trong DNS hoặc không khớp, hoặc khi có gì đó đã thay đổi thư sau khi ký.",
        "Quản trị viên bên gửi nên cho máy chủ hoặc nhà cung cấp dịch vụ thư ký DKIM mọi thư gửi đi và công bố khóa công khai dưới dạng bản ghi TXT tại `<selector>._domainkey.<domain>`. Hãy gửi một thư thử và kiểm tra xem tiêu đề `Authentication-Results` của nó có báo DKIM đạt (pass) không, và ngăn các công cụ thêm chân thư hay cổng nối thay đổi thư sau khi ký.",
    ],
    // X.7.21
    [
        "Không tìm thấy chữ ký DKIM chấp nhận được",
        "Thư có ít nhất một chữ ký DKIM xác minh được, nhưng không chữ ký nào đáp ứng các yêu cầu bổ sung của bên nhận, chẳng hạn những trường tiêu đề nào phải được ký, hoặc lệnh cấm chữ ký chỉ bao phủ một phần thân thư. Một chữ ký hợp lệ về mặt kỹ thuật là chưa đủ.",
        "Bên nhận có quy tắc DKIM khắt khe gửi mã này khi dữ liệu thư đã đến, dù RFC 6376 khuyên không nên từ chối như vậy. Nguyên nhân điển hình là chữ ký bỏ sót những trường tiêu đề quan trọng hoặc dùng giới hạn độ dài phần thân (`l=`).",
        "Quản trị viên bên gửi nên ký với thiết lập mà hầu hết bên nhận chấp nhận: bao gồm `From`, `Subject`, `Date`, `To` và các trường tiêu đề cốt lõi khác, và ký toàn bộ phần thân mà không dùng `l=`. Nội dung phản hồi có thể cho biết yêu cầu nào không đạt; nếu vấn đề là tên miền `From`, hãy xem `X.7.22`.",
    ],
    // X.7.22
    [
        "Không tìm thấy chữ ký DKIM hợp lệ khớp với tác giả",
        "Thư có chữ ký DKIM đạt, nhưng không chữ ký nào do tên miền trong trường tiêu đề `From`, tức địa chỉ của tác giả, tạo ra. Bên nhận yêu cầu tên miền ký phải khớp với tác giả; đây là một trường hợp riêng của `X.7.21`.",
        "Bên nhận gửi mã này khi dữ liệu thư đã đến, thường là khi một dịch vụ thư ký bằng tên miền của chính nó thay vì tên miền của khách hàng. DMARC cũng dựa trên cùng ý tưởng khớp (căn chỉnh, alignment) tên miền đã xác thực với tên miền `From`.",
        "Hãy để tên miền `d=` của chữ ký là tên miền `From`, hoặc, theo chế độ căn chỉnh nới lỏng (relaxed) của DMARC, một tên miền thuộc cùng tổ chức. Với bên gửi thứ ba như dịch vụ bản tin hoặc CRM, hãy thiết lập DKIM theo tên miền riêng cho dịch vụ đó: công bố khóa mà họ cung cấp dưới tên miền của bạn để họ ký với danh nghĩa của bạn.",
    ],
    // X.7.23
    [
        "Xác thực SPF thất bại",
        "Kiểm tra SPF cho kết quả “fail”: tên miền trong `MAIL FROM` (hoặc tên `HELO`) công bố một bản ghi SPF không cho phép địa chỉ IP đã gửi thư, và chính sách của bên nhận từ chối thư như vậy. Trong trường hợp này, mã này được dùng thay cho `5.7.1`.",
        "Bên nhận gửi mã này, thường là trước khi dữ liệu thư được truyền, khi bản ghi SPF của tên miền gửi kết thúc bằng `-all` và máy chủ gửi không nằm trong bản ghi. Nguyên nhân phổ biến là một dịch vụ thư hoặc máy chủ mới chưa bao giờ được thêm vào bản ghi, và việc chuyển tiếp, khi một bên thứ ba gửi lại thư từ địa chỉ IP của chính họ. Gmail cũng gửi `421 4.7.23` theo một nghĩa riêng của mình: địa chỉ IP gửi thư không có bản ghi PTR, hoặc có nhưng không khớp.",
        "Quản trị viên bên gửi nên liệt kê mọi máy chủ gửi hợp lệ trong bản ghi SPF dạng TXT của tên miền, bằng các mục `ip4:` và `ip6:` hoặc `include:` của nhà cung cấp dịch vụ thư, và chỉ giữ một bản ghi duy nhất bắt đầu bằng `v=spf1`. Nếu nguyên nhân là chuyển tiếp, bên chuyển tiếp nên viết lại `MAIL FROM` thành tên miền của họ, hoặc người nhận có thể miễn kiểm tra SPF cho bên chuyển tiếp.",
    ],
    // X.7.24
    [
        "Lỗi khi xác thực SPF",
        "Bên nhận không hoàn tất được kiểm tra SPF vì gặp lỗi, điều này khác với kiểm tra thất bại. Lỗi tạm thời, thường là sự cố truy vấn DNS, cho ra dạng `4.7.24`; `5.7.24` có nghĩa là bản ghi SPF của tên miền bị hỏng và không thể diễn giải.",
        "Bên nhận gửi mã này kèm `451` khi truy vấn DNS cho bản ghi bị hết thời gian chờ hoặc thất bại, và kèm `550` khi bản ghi có lỗi cú pháp, khi tên miền công bố nhiều hơn một bản ghi SPF, hoặc khi việc đánh giá cần hơn 10 mục gây truy vấn DNS như `include:`, `a` và `mx`.",
        "Quản trị viên bên gửi nên kiểm tra bản ghi SPF: đúng một bản ghi TXT bắt đầu bằng `v=spf1`, không có lỗi gõ, và không quá 10 lần truy vấn, chẳng hạn bằng cách thay các mục `include:` lồng nhau bằng dải `ip4:` hoặc `ip6:`. Với dạng tạm thời, hãy bảo đảm các máy chủ DNS của tên miền trả lời ổn định; DNS của bên nhận cũng có thể là nguyên nhân.",
    ],
    // X.7.25
    [
        "Xác thực DNS ngược thất bại",
        "Địa chỉ IP của máy chủ gửi không qua được bước kiểm tra DNS ngược của bên nhận: nó không có bản ghi PTR, hoặc tên máy trong bản ghi đó không phân giải ngược lại về cùng địa chỉ IP. Chính sách của bên nhận từ chối thư từ những máy như vậy.",
        "Bên nhận gửi mã này ngay đầu phiên cho những máy chủ có địa chỉ IP không có bản ghi PTR, hoặc có tên PTR không có bản ghi A hay AAAA tương ứng. Máy chủ đám mây mới và đường truyền internet gia đình thường ở tình trạng này lúc ban đầu.",
        "Quản trị viên bên gửi phải yêu cầu bên quản lý địa chỉ IP (nhà cung cấp hosting hoặc internet) tạo bản ghi PTR trỏ tới tên máy chủ thư, chẳng hạn `mail.example.com`, và bảo đảm tên đó có bản ghi A hoặc AAAA với cùng địa chỉ. Hãy dùng cùng tên đó trong `EHLO`.",
    ],
    // X.7.26
    [
        "Nhiều bước kiểm tra xác thực thất bại",
        "Thư không qua được nhiều hơn một bước kiểm tra xác thực của bên nhận, như SPF, DKIM, ARC hoặc DNS ngược, và chính sách của bên nhận từ chối thư vì lý do đó. Mã này không cho biết những bước kiểm tra nào đã thất bại.",
        "RFC 7372 yêu cầu máy chủ dùng mã này thay vì chỉ nêu lỗi đầu tiên khi nhiều bước kiểm tra cùng thất bại. Thư giả mạo, tên miền không có SPF hay DKIM hoạt động, và thư chuyển tiếp làm hỏng cả hai là những trường hợp điển hình; lỗi DMARC cũng có nghĩa là cả SPF lẫn DKIM đều không đạt đối với tên miền `From`.",
        "Quản trị viên bên gửi nên sửa mọi bước kiểm tra, không chỉ một: bản ghi SPF phải liệt kê tất cả máy chủ gửi, thư phải mang chữ ký DKIM của tên miền `From`, và địa chỉ IP gửi cần có DNS ngược khớp. Một thư thử gửi tới hộp thư do bạn quản lý sẽ cho thấy từng kết quả trong tiêu đề `Authentication-Results` của nó.",
    ],
    // X.7.27
    [
        "Địa chỉ người gửi có null MX",
        "Tên miền của địa chỉ người gửi (trong `MAIL FROM` hoặc trường tiêu đề `From`) công bố một bản ghi null MX, tuyên bố rằng nó không nhận thư nào. Thư trả lời và thư báo trả lại không bao giờ chuyển tới đó được, nên bên nhận từ chối thư.",
        "Bên nhận gửi mã này cho thư từ một tên miền có bản ghi MX duy nhất với độ ưu tiên 0 và đích “.”, thường là tên miền không gửi thư nhưng bị giả mạo làm địa chỉ trả về, hoặc tên miền gửi thư đã công bố null MX do nhầm lẫn. Gmail cũng gửi `5.7.27` theo một nghĩa riêng của mình: thư không qua được kiểm tra SPF.",
        "Nếu tên miền cần gửi thư, quản trị viên của nó phải xóa null MX và công bố các bản ghi MX thật cho những máy chủ nhận thư, kể cả thư bị trả lại. Nếu không, hãy gửi từ một địa chỉ thuộc tên miền có thể nhận thư.",
    ],
    // X.7.28
    [
        "Phát hiện thư gửi dồn dập",
        "Bên nhận cho rằng thư là một phần của một đợt dồn dập các thư lạm dụng giống nhau và từ chối nó. Mã này đến từ một bản thảo Internet (Internet-Draft), không phải RFC, và IANA không nêu mã phản hồi nào cho nó: ô tương ứng chỉ có một dấu chấm.",
        "Mã này được đăng ký cho những đợt dồn dập như hàng loạt thư xác nhận ập đến khi kẻ tấn công nhập địa chỉ của nạn nhân vào nhiều biểu mẫu đăng ký trên web. Bên nhận phát hiện các đợt thư giống nhau gửi tới một địa chỉ có thể gửi mã này.",
        "Nếu bạn vận hành một biểu mẫu web gửi thư xác nhận, hãy giới hạn số lần một địa chỉ có thể được đăng ký, chặn việc gửi biểu mẫu tự động, và ngừng gửi thư tới những địa chỉ không bao giờ xác nhận. Nếu bạn là người gửi bình thường bị vướng vào một đợt dồn dập, hãy thử lại sau hoặc liên hệ postmaster của bên nhận.",
    ],
    // X.7.29
    [
        "Xác thực ARC thất bại",
        "Thư mang một chuỗi ARC, trong đó các bên chuyển tiếp và danh sách thư ký và ghi lại kết quả xác thực mà họ thấy, và chuỗi này không qua được bước xác thực. Chuỗi bị hỏng được tính như không có chuỗi. ARC được định nghĩa bởi một RFC thử nghiệm (RFC 8617).",
        "Bên nhận có kiểm tra ARC có thể gửi mã này khi dấu niêm phong (seal) hoặc chữ ký ARC của một bên trung gian không xác minh được, thường đi kèm SPF hoặc DKIM thất bại; RFC 8617 cho phép họ gửi `5.7.26` thay thế. Mọi lỗi ARC, kể cả lỗi DNS, đều được tính là vĩnh viễn. Gmail cũng gửi `5.7.29` theo một nghĩa riêng của mình: thư không được gửi qua TLS.",
        "Bên chuyển tiếp hoặc danh sách thư đã thêm các tiêu đề ARC phải sửa cấu hình của mình: công bố khóa ký ARC trong DNS, chỉ niêm phong sau khi đã thực hiện xong các thay đổi của chính mình đối với thư, và giữ nguyên các bộ ARC trước đó. Người gửi ban đầu có thể giảm bớt sự cố bằng cách làm cho SPF và DKIM tự đạt (xem `X.7.26`).",
    ],
    // X.7.30
    [
        "Cần hỗ trợ REQUIRETLS",
        "Thư được gửi với `REQUIRETLS`, yêu cầu truyền được bảo vệ trên mọi chặng, và không máy chủ nào ở chặng kế tiếp hỗ trợ `REQUIRETLS`. Vì vậy máy chủ đang giữ thư đã không chuyển tiếp mà trả thư lại.",
        "Mã này xuất hiện trong báo cáo chuyển phát thất bại: một máy chủ chuyển tiếp đã kết nối được tới các máy chủ thư của người nhận qua TLS nhưng không máy chủ nào công bố `REQUIRETLS` sau `STARTTLS`. Nếu bản thân TLS không thiết lập được, báo cáo sẽ dùng `5.7.10` thay thế. Gmail cũng gửi `5.7.30` theo một nghĩa riêng của mình: thư không qua được kiểm tra DKIM.",
        "Quản trị viên bên nhận cần các máy chủ thư hỗ trợ `REQUIRETLS`, với chứng chỉ xác thực được và bản ghi MX được bảo vệ bằng DNSSEC hoặc MTA-STS. Nếu không, người gửi phải quyết định xem thư có được đi mà không có bảo đảm đó không và gửi lại không kèm `REQUIRETLS`, hoặc dùng kênh khác.",
    ],
    // 2.XXX.XXX
    [
        "Thành công",
        "Chữ số đầu là 2 nghĩa là hành động đã thành công: địa chỉ hoặc thư đã được chấp nhận, chuyển tiếp hoặc chuyển phát. Hai số còn lại có thể bổ sung chi tiết, chẳng hạn một thay đổi đã được thực hiện với thư trên đường đi.",
        "Máy chủ có dùng mã trạng thái mở rộng ghi mã này trong các phản hồi tích cực, như `250` và `251`, và báo cáo chuyển phát dùng nó để xác nhận thư đã được chuyển phát hoặc chuyển tiếp.",
        "Không có gì cần sửa. Một mã thành công vẫn có thể báo một thay đổi, chẳng hạn mức ưu tiên mới hoặc định dạng đã được chuyển đổi, nên hãy đọc phần còn lại của mã nếu kết quả khiến bạn bất ngờ.",
    ],
    // 4.XXX.XXX
    [
        "Lỗi tạm thời kéo dài",
        "Chữ số đầu là 4 nghĩa là lỗi tạm thời: bản thân thư chấp nhận được, nhưng một tình trạng nào đó trên đường đi đã làm thư bị chậm hoặc, nếu kéo dài đủ lâu, khiến bên gửi bỏ cuộc. Gửi lại sau có thể thành công.",
        "Mã này đi kèm các mã phản hồi bắt đầu bằng 4, như `421`, `450` và `451`, xuất hiện trong thông báo chậm trễ, và trong thư bị trả lại được gửi sau khi máy chủ gửi đã ngừng thử lại.",
        "Thường thì không cần làm gì: máy chủ gửi giữ thư và tự thử lại. Nếu thư bị trả lại báo rằng máy chủ đã bỏ cuộc, hãy đọc hai số chủ đề và chi tiết để biết lý do, khắc phục nếu lỗi nằm ở phía bạn, rồi gửi lại thư.",
    ],
    // 5.XXX.XXX
    [
        "Lỗi vĩnh viễn",
        "Chữ số đầu là 5 nghĩa là lỗi vĩnh viễn: gửi lại y nguyên cùng thư đó sẽ không thành công. Trước hết phải thay đổi điều gì đó ở thư, ở địa chỉ hoặc ở nơi nhận.",
        "Mã này đi kèm các mã phản hồi bắt đầu bằng 5, như `550` và `554`, và xuất hiện trong thư bị trả lại khi việc chuyển phát đã bị bỏ dở.",
        "Đừng chỉ đơn giản gửi lại. Hãy đọc hai số chủ đề và chi tiết cùng nội dung đi kèm để biết cần thay đổi gì, chẳng hạn địa chỉ, kích thước thư hoặc cấu hình của bên gửi, và chỉ gửi lại sau khi đã khắc phục.",
    ],
    // X.0.XXX
    [
        "Trạng thái khác hoặc chưa được định nghĩa",
        "Chủ đề 0 không cho biết sự cố nằm ở đâu. Chỉ có chữ số đầu, tức thành công, lỗi tạm thời hay lỗi vĩnh viễn, là mang thông tin.",
        "Máy chủ và báo cáo chuyển phát dùng mã này khi không thể hoặc không phân loại kết quả, chủ yếu ở các dạng `2.0.0`, `4.0.0` và `5.0.0`.",
        "Hãy dựa vào mã phản hồi và nội dung sau mã. Nếu nội dung không giải thích được sự cố, hãy hỏi quản trị viên của máy chủ đã tạo ra nó.",
    ],
    // X.1.XXX
    [
        "Trạng thái địa chỉ",
        "Chủ đề 1 chỉ vào một địa chỉ, của người gửi hoặc của người nhận: cú pháp của nó hoặc việc nó có tồn tại hay không. RFC 3463 lưu ý rằng người gửi thường có thể tự sửa những lỗi này rồi thử lại.",
        "Mã này chủ yếu xuất hiện khi trả lời `MAIL FROM` và `RCPT TO`, và trong thư bị trả lại về các địa chỉ không tồn tại, đã chuyển đi hoặc sai định dạng.",
        "Hãy kiểm tra địa chỉ được nêu trong lỗi xem có gõ sai không và xác nhận với chủ của địa chỉ, rồi gửi lại tới địa chỉ đã sửa.",
    ],
    // X.2.XXX
    [
        "Trạng thái hộp thư",
        "Chủ đề 2 chỉ vào hộp thư của người nhận: hộp thư tồn tại, nhưng tình trạng của nó, chẳng hạn đã đầy hoặc bị vô hiệu hóa, đã chặn thư. Những sự cố như vậy nằm trong tay người nhận.",
        "Mã này xuất hiện khi trả lời `RCPT TO` hoặc phần kết thúc dữ liệu thư, và trong thư bị trả lại từ bước chuyển phát cuối cùng.",
        "Hãy báo cho người nhận qua kênh khác; chỉ họ hoặc quản trị viên thư của họ mới có thể giải phóng dung lượng, bật lại hộp thư hoặc thay đổi giới hạn của nó.",
    ],
    // X.3.XXX
    [
        "Trạng thái hệ thống thư",
        "Chủ đề 3 chỉ vào toàn bộ hệ thống thư ở phía đích: dung lượng lưu trữ, khả năng hoạt động, giới hạn kích thước, tính năng hoặc cấu hình của nó. Quản trị viên của hệ thống chịu trách nhiệm về những điều này.",
        "Mã này xuất hiện trong phản hồi từ các máy chủ nhận đã đầy, không khả dụng, bị cấu hình sai hoặc bị giới hạn về kích thước thư hay tính năng, và trong thư bị trả lại báo những sự cố như vậy.",
        "Các dạng tạm thời thường tự hết khi máy chủ gửi thử lại. Với các dạng vĩnh viễn, hãy điều chỉnh thư, chẳng hạn kích thước của nó, hoặc đề nghị quản trị viên phía đích sửa hệ thống.",
    ],
    // X.4.XXX
    [
        "Trạng thái mạng và định tuyến",
        "Chủ đề 4 chỉ vào đường chuyển phát: kết nối mạng, DNS và các dịch vụ định tuyến khác giữa các hệ thống. Những sự cố này thường thuộc trách nhiệm của quản trị viên phía đích hoặc của một hệ thống ở giữa.",
        "Mã này xuất hiện trong thông báo chậm trễ và thư bị trả lại khi máy chủ gửi không kết nối được tới đích hoặc không tìm được đường tới đó, chẳng hạn sau khi hết thời gian chờ, lỗi DNS, vòng lặp định tuyến hoặc hết thời hạn chuyển phát.",
        "Lỗi mạng tạm thời thường tự hết khi thử lại. Nếu kéo dài, hãy kiểm tra DNS và bản ghi MX của tên miền đích cùng khả năng kết nối của các máy chủ liên quan, hoặc báo sự cố cho quản trị viên phía đích.",
    ],
    // X.5.XXX
    [
        "Trạng thái giao thức chuyển phát thư",
        "Chủ đề 5 chỉ vào chính cuộc trao đổi SMTP: lệnh, cú pháp, đối số hoặc phiên bản giao thức mà hai bên không thống nhất được, dù nguyên nhân là phần mềm lỗi hay kết nối không ổn định.",
        "Mã này xuất hiện khi trả lời những lệnh sai định dạng, không xác định hoặc sai thứ tự, và trong thư bị trả lại sau khi cuộc trao đổi giữa hai máy chủ bị đổ vỡ.",
        "Đây thường là sự cố ở phần mềm gửi hoặc thiết lập của nó: hãy kiểm tra lệnh và các đối số, rồi cập nhật hoặc sửa máy khách. Nếu kết nối không ổn định, hãy thử lại.",
    ],
    // X.6.XXX
    [
        "Trạng thái nội dung hoặc định dạng thư",
        "Chủ đề 6 chỉ vào nội dung thư: một định dạng, kiểu mã hóa hoặc kiểu nội dung (media type) không thể được truyền tải hay chuyển đổi. Người gửi và người nhận phải hỗ trợ một tập kiểu nội dung chung thì thư mới đi qua được.",
        "Mã này xuất hiện sau dữ liệu thư, và trong thư bị trả lại từ các cổng nối và máy chủ không xử lý hoặc không chuyển đổi được một phần của thư, kể cả địa chỉ hoặc tiêu đề có ký tự không phải ASCII.",
        "Hãy gửi nội dung ở dạng được hỗ trợ rộng rãi hơn, chẳng hạn một kiểu tệp đính kèm phổ biến hoặc một địa chỉ thuần ASCII, hoặc đề nghị phía người nhận hỗ trợ định dạng đó.",
    ],
    // X.7.XXX
    [
        "Trạng thái bảo mật hoặc chính sách",
        "Chủ đề 7 chỉ vào bảo mật hoặc chính sách: quy tắc lọc đối với người gửi, người nhận hoặc máy chủ, xác thực, mã hóa và các bước kiểm tra như SPF, DKIM và DMARC. Quy tắc của bên nào cũng có thể là nguyên nhân.",
        "Mã này xuất hiện khi trả lời hầu như bất kỳ lệnh nào nếu máy chủ từ chối thư theo chính sách, đòi xác thực hoặc mã hóa, hoặc phát hiện một bước kiểm tra người gửi thất bại, và trong các thư bị trả lại sau đó.",
        "Hãy đọc nội dung để biết quy tắc nào đã được áp dụng. Người gửi thường khắc phục bằng cách xác thực, dùng mã hóa, sửa các bản ghi SPF, DKIM hoặc DMARC, hoặc xin gỡ khỏi danh sách chặn; còn chính sách của phía nhận thì chỉ quản trị viên bên đó mới thay đổi được.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Tóm tắt",
    // label.description
    "Mô tả",
    // label.when_seen
    "Khi nào bạn gặp mã này",
    // label.how_to_fix
    "Cách khắc phục",
    // label.key_differences
    "Khác biệt chính",
    // label.when_to_use
    "Khi nào dùng mã nào",
    // label.learn_more
    "Tìm hiểu thêm",
    // label.class
    "Lớp",
    // label.category
    "Nhóm",
    // label.subject
    "Chủ đề",
    // label.status
    "Trạng thái",
    // label.retry
    "Máy khách nên làm gì",
    // label.fix_by
    "Ai phải xử lý",
    // label.commands
    "Xuất hiện ở",
    // label.connection
    "Kết nối ra sao",
    // connection.closes
    "Máy chủ đóng kết nối",
    // connection.stays_open
    "Kết nối vẫn mở",
    // label.references
    "Tài liệu tham khảo",
    // label.related
    "Mã liên quan",
    // label.compare_with
    "Thường bị nhầm với",
    // label.server_text
    "Nội dung máy chủ gửi",
    // label.problems
    "Vấn đề trong phản hồi này",
    // label.reply_code
    "Mã phản hồi",
    // label.enhanced_code
    "Mã trạng thái mở rộng",
    // class.2.name
    "Hoàn tất thành công",
    // class.3.name
    "Thành công trung gian",
    // class.4.name
    "Thất bại tạm thời",
    // class.5.name
    "Thất bại vĩnh viễn",
    // class.2.phrase
    "một phản hồi 2xx báo hoàn tất thành công",
    // class.3.phrase
    "một phản hồi 3xx báo bước trung gian thành công",
    // class.4.phrase
    "một phản hồi 4xx báo lỗi tạm thời",
    // class.5.phrase
    "một phản hồi 5xx báo lỗi vĩnh viễn",
    // category.0
    "Cú pháp",
    // category.1
    "Thông tin",
    // category.2
    "Kết nối",
    // category.3
    "Chưa xác định",
    // category.4
    "Chưa xác định",
    // category.5
    "Hệ thống thư",
    // category.other
    "Ngoài các nhóm chuẩn",
    // status.standard
    "Chuẩn",
    // status.extension
    "Do một phần mở rộng SMTP định nghĩa",
    // status.obsolete
    "Đã lỗi thời",
    // status.experimental
    "Thử nghiệm",
    // status.non_standard
    "Không theo chuẩn",
    // retry.nothing_to_do
    "Không cần làm gì. Lệnh đã thành công.",
    // retry.continue
    "Tiếp tục. Máy chủ đang chờ phần tiếp theo của cuộc trao đổi.",
    // retry.later
    "Thử lại sau. Sự cố chỉ là tạm thời, và máy chủ thư sẽ tự thử lại.",
    // retry.not_unchanged
    "Đừng thử lại y nguyên. Phải thay đổi điều gì đó thì lần thử tương tự mới có thể thành công.",
    // party.sending_client
    "Máy khách gửi thư",
    // party.sender_admin
    "Quản trị viên bên gửi",
    // party.recipient_admin
    "Quản trị viên bên nhận",
    // party.server_admin
    "Quản trị viên của máy chủ phản hồi",
    // party.nobody
    "Không ai cả",
    // party.sender
    "Người gửi thư",
    // party.recipient
    "Người nhận thư",
    // command.connect
    "Khi kết nối (dưới dạng lời chào)",
    // command.data_end
    "Cuối dữ liệu thư",
    // command.any
    "Bất kỳ lệnh nào",
    // list.separator
    ", ",
    // list.last_separator
    " và ",
    // label.separator
    ": ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} là {class}.",
    // show.enhanced_class
    "Với lớp {digit}, mã này được hiểu là {class}.",
    // show.enhanced_kind
    "{code} là mã trạng thái mở rộng: mã này đứng sau mã phản hồi và cho biết chủ đề ({subject}) cùng chi tiết.",
    // show.non_standard
    "{code} không được RFC nào định nghĩa. Các nguồn dưới đây cho biết ai dùng mã này.",
    // compare.title
    "SMTP {a} {a_title} so với {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) là {a_class}, còn {b} ({b_title}) là {b_class}.",
    // compare.same_class
    "{a} ({a_title}) và {b} ({b_title}) thuộc cùng một lớp: {class}.",
    // compare.kinds
    "{a} là mã phản hồi cơ bản, gồm ba chữ số đứng đầu mỗi dòng phản hồi; {b} là mã trạng thái mở rộng, được các máy chủ có hỗ trợ ghi sau mã phản hồi.",
    // compare.same_code
    "{a} và {b} là cùng một mã.",
    // compare.same_detail
    "{a} và {b} báo cùng một tình trạng, {generic} ({title}); chỉ khác nhau ở lớp, và do đó ở việc máy khách cần làm.",
    // compare.advice
    "Sau {code}: {retry}",
    // diff.class
    "Lớp: {a} là {a_class}; {b} là {b_class}.",
    // diff.retry
    "Máy khách nên làm gì. Sau {a}: {a_retry} Sau {b}: {b_retry}",
    // diff.category
    "Nhóm (chữ số thứ hai): {a_category} đối với {a}, {b_category} đối với {b}.",
    // diff.subject
    "Chủ đề: {a_subject} đối với {a}, {b_subject} đối với {b}.",
    // diff.fix_by
    "Ai phải xử lý. Với {a}: {a_fix_by}. Với {b}: {b_fix_by}.",
    // diff.commands
    "Các lệnh có thể dẫn đến phản hồi. Với {a}: {a_commands}. Với {b}: {b_commands}.",
    // diff.commands_one
    "Lệnh: chỉ {a} gắn với những lệnh cụ thể ({commands}).",
    // diff.associated
    "Sổ đăng ký IANA liệt kê {reply} trong số các mã phản hồi dùng với {enhanced}.",
    // diff.related
    "Danh mục liệt kê {a} và {b} là các mã có liên quan.",
    // diff.status
    "Trạng thái: {a} là mã {a_status}; {b} là mã {b_status}.",
    // use.class.2
    "Máy chủ trả lời {code} để xác nhận lệnh đã thành công.",
    // use.class.3
    "Máy chủ trả lời {code} để yêu cầu máy khách tiếp tục bước kế tiếp.",
    // use.class.4
    "Máy chủ trả lời {code} khi sự cố có thể tự hết, để máy khách thử lại sau.",
    // use.class.5
    "Máy chủ trả lời {code} khi lặp lại đúng lần thử đó sẽ không thể thành công cho đến khi có người thay đổi điều gì đó.",
    // use.same_class
    "Cả hai mã thuộc cùng một lớp, nên máy khách phản ứng với chúng như nhau; điều khác nhau là nguyên nhân, và do đó là cách khắc phục.",
    // use.kinds
    "Máy khách hành động dựa trên mã phản hồi {reply}; mã mở rộng {enhanced} cho con người biết chính xác hơn điều gì đã sai.",
    // learn.page
    "{code} {title}",
    // explain.title
    "Ý nghĩa của phản hồi {code}",
    // explain.no_code
    "Đoạn văn bản này không bắt đầu bằng mã phản hồi SMTP, nên không thể giải thích.",
    // explain.unknown
    "{code} không có trong danh mục; tuy vậy, lớp của nó vẫn cho biết cần làm gì.",
    // problem.mismatch
    "Mã mở rộng {enhanced} thuộc lớp {enhanced_digit}, nhưng mã phản hồi {code} thuộc lớp {digit}. Máy khách hành động dựa trên mã phản hồi.",
    // problem.mixed_codes
    "Các dòng của phản hồi này không cùng mang một mã ({codes}).",
    // problem.line_too_long
    "Dòng {line} dài hơn giới hạn {limit} ký tự mà SMTP cho phép.",
    // problem.not_text
    "Dòng {line} chứa các byte không phải văn bản.",
    // problem.truncated
    "Phản hồi đã bị cắt bớt: chỉ {limit} dòng đầu tiên được đọc.",
    // label.what_happened
    "Điều gì đã xảy ra",
    // label.what_to_do
    "Cần làm gì",
    // label.tell_the_sender
    "Nên nói gì với người gửi",
    // label.evidence
    "Căn cứ",
    // evidence.text
    "nội dung máy chủ gửi {quote}",
    // evidence.enhanced_code
    "mã trạng thái mở rộng {code}",
    // evidence.reply_code
    "mã phản hồi {code}",
    // explain.reason_disagrees
    "Nếu chỉ xét riêng lý do này, lời khuyên sẽ là: {reason_retry} Nhưng mã {code} mới là yếu tố quyết định: {code_retry}",
    // site.title
    "Mã phản hồi SMTP",
    // site.intro
    "Ý nghĩa của mọi mã phản hồi SMTP và mã trạng thái mở rộng, khi nào bạn gặp chúng và cách khắc phục.",
    // site.reply_codes
    "Mã phản hồi",
    // site.enhanced_codes
    "Mã trạng thái mở rộng",
    // site.comparisons
    "So sánh",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "Tất cả các mã",
    // site.languages
    "Ngôn ngữ khác",
    // site.search
    "Tìm mã, tiêu đề và từ khóa",
    // site.choose_language
    "Chọn ngôn ngữ",
    // site.generated
    "Được tạo bởi smtp-codes từ danh mục phiên bản {version}.",
    // label.provider
    "Nhà cung cấp",
    // label.provider_note
    "Tài liệu của nhà cung cấp bổ sung",
    // evidence.vendor_code
    "mã riêng của {provider}, {code}",
    // show.vendor_code
    "{code} không có trong sổ đăng ký của IANA: đây là mã riêng của {provider}.",
    // label.defined_by
    "Do ai định nghĩa",
    // label.read_on
    "nguồn được đọc ngày {date}",
    // site.providers
    "Nhà cung cấp",
    // provider.markers
    "Những từ giúp nhận ra phản hồi của họ",
    // provider.hosts
    "Tên máy chủ của họ",
    // provider.vendor_codes
    "Mã riêng",
    // provider.rules
    "Ý nghĩa các phản hồi của họ",
    // provider.reused_by
    "Các nhà cung cấp gán cho mã này một nghĩa riêng",
    // logs.title
    "Tóm tắt nhật ký thư",
    // logs.lines
    "Số dòng đã đọc",
    // logs.attempts
    "Lượt gửi thư",
    // logs.skipped
    "Dòng không có lượt gửi",
    // logs.sent
    "Đã gửi tới",
    // logs.deferred
    "Bị hoãn",
    // logs.bounced
    "Bị trả lại",
    // logs.expired
    "Hết hạn",
    // logs.recovered
    "Bị hoãn rồi đã gửi tới",
    // logs.by_reason
    "Lỗi theo nguyên nhân",
    // logs.count
    "Lượt thử",
    // logs.domains
    "Tên miền người nhận",
    // logs.examples
    "Ví dụ",
    // logs.by_hour
    "Lỗi theo giờ",
    // logs.untimed
    "Lỗi không có dấu thời gian (không có trong biểu đồ)",
    // logs.axis_time
    "Thời gian theo nhật ký",
    // logs.hours_per_bar
    "Số giờ mỗi cột",
    // logs.axis_failures
    "Số lỗi",
    // logs.top_domains
    "Tên miền người nhận có nhiều lỗi nhất",
    // logs.top_providers
    "Nhà cung cấp có nhiều lỗi nhất",
    // logs.by_code
    "Lỗi theo mã",
    // logs.code_axis
    "Mã phản hồi (hoặc mã trạng thái mở rộng)",
    // logs.reasons
    "Ý nghĩa của từng nguyên nhân",
    // logs.shown
    "Đang hiển thị: {shown} trên {total}",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "Địa chỉ người nhận không tồn tại",
        "Máy chủ nhận không có hộp thư nào cho địa chỉ trong `RCPT TO`, thường do gõ sai hoặc do tài khoản đã bị xóa. Máy chủ báo lỗi này bằng `550` và `5.1.1`, nhưng riêng mã `550` cũng được dùng cho nhiều kiểu từ chối khác, nên khi đó phải dựa vào nội dung phản hồi.",
        "Hãy kiểm tra xem địa chỉ có bị gõ sai không, nhất là phần trước `@`, và hỏi người nhận địa chỉ đúng qua một kênh khác. Hãy gỡ những địa chỉ liên tục thất bại khỏi danh sách gửi thư. Nếu địa chỉ đáng lẽ phải tồn tại, quản trị viên bên nhận phải tạo hộp thư hoặc sửa bí danh hay bảng định tuyến.",
        "Địa chỉ này không tồn tại. Hãy kiểm tra xem có gõ sai không rồi gửi lại thư.",
    ],
    // mailbox_disabled
    [
        "Hộp thư người nhận đã bị vô hiệu hóa hoặc đã chuyển đi",
        "Máy chủ nhận biết địa chỉ này, nhưng hộp thư của nó không nhận thư: hộp thư đã bị vô hiệu hóa, tạm khóa, đóng vì lâu không dùng hoặc đã chuyển sang nơi khác. Máy chủ báo điều này bằng `5.2.1`, bằng `5.1.6` hoặc `551` khi hộp thư đã chuyển đi, hoặc bằng mã chung `550` kèm nội dung giải thích.",
        "Chỉ người nhận hoặc quản trị viên của họ mới có thể bật lại hộp thư. Người gửi nên liên hệ người nhận qua kênh khác để hỏi hộp thư có hoạt động lại không hoặc nên dùng địa chỉ mới nào, rồi cập nhật sổ địa chỉ và danh sách gửi thư cho phù hợp.",
        "Hộp thư của người nhận đã bị đóng hoặc không còn được sử dụng. Hãy liên hệ với họ bằng cách khác để xin địa chỉ hiện tại.",
    ],
    // mailbox_full
    [
        "Hộp thư người nhận đã đầy",
        "Hộp thư của người nhận đã dùng hết hạn mức dung lượng, nên không chứa thêm được gì cho đến khi thư được xóa bớt hoặc hạn mức được nâng lên. Máy chủ báo lỗi này bằng `4.2.2` kèm mã tạm thời `450` hoặc `452`, hoặc bằng mã vĩnh viễn `552` kèm `5.2.2`; những người nhận khác trên cùng máy chủ không bị ảnh hưởng.",
        "Người nhận phải xóa hoặc lưu trữ bớt thư, hoặc quản trị viên của họ phải nâng hạn mức. Sau phản hồi tạm thời, máy chủ gửi sẽ tự thử lại; sau phản hồi vĩnh viễn, người gửi phải gửi lại thư khi hộp thư đã có chỗ trống. Báo cho người nhận qua kênh khác thường có ích.",
        "Hộp thư của người nhận đã đầy. Hãy thử lại sau, hoặc báo cho họ bằng cách khác để họ dọn bớt chỗ.",
    ],
    // domain_not_found
    [
        "Tên miền người nhận không tồn tại hoặc không nhận thư",
        "Phần địa chỉ sau `@` là một tên miền không tồn tại trong DNS, không có cả bản ghi MX lẫn bản ghi địa chỉ, hoặc công bố null MX để báo rằng nó không nhận thư. Máy chủ báo lỗi này bằng `5.1.2`, hoặc bằng `556` và `5.1.10` với null MX; lỗi tra cứu tạm thời (`4.4.3`) là một vấn đề khác.",
        "Hãy kiểm tra xem tên miền có bị gõ sai không (phần đuôi sai như `.con` rất hay gặp) và xin người nhận một địa chỉ dùng được. Nếu tên miền cần nhận thư, quản trị viên của nó phải đăng ký tên miền nếu cần, công bố bản ghi MX trỏ tới một máy chủ thư đang chạy và gỡ bỏ null MX nếu có.",
        "Phần địa chỉ sau dấu @ bị sai hoặc không thể nhận email. Hãy kiểm tra xem địa chỉ có bị gõ sai không rồi gửi lại thư.",
    ],
    // relay_denied
    [
        "Bị từ chối chuyển tiếp thư (relay)",
        "Máy chủ không phụ trách tên miền của người nhận và sẽ không chuyển tiếp thư giúp bạn, thường vì bạn chưa đăng nhập hoặc đang gửi qua sai máy chủ. Lỗi này thường đến dưới dạng `550` hoặc `554` kèm `5.7.1`, những mã cũng dùng cho các kiểu từ chối theo chính sách khác, nên phải dựa vào nội dung phản hồi.",
        "Chương trình thư hoặc ứng dụng nên gửi qua máy chủ tiếp nhận thư (submission) của chính nhà cung cấp mình (cổng `587` hoặc `465`) và đăng nhập bằng `AUTH` trước. Nếu máy chủ đáng lẽ phải nhận thư cho tên miền của người nhận, quản trị viên bên nhận phải thêm tên miền đó vào danh sách tên miền được chấp nhận hoặc sửa các bản ghi MX của tên miền.",
        "Hệ thống thư đã từ chối chuyển tiếp thư của bạn, thường là vì chương trình email chưa đăng nhập vào tài khoản thư đi của bạn. Hãy kiểm tra phần cài đặt tài khoản rồi thử lại.",
    ],
    // too_many_recipients
    [
        "Quá nhiều người nhận",
        "Thư có nhiều người nhận hơn mức máy chủ chấp nhận trong một giao dịch. Máy chủ từ chối các lệnh `RCPT TO` vượt mức bằng `452` và `4.5.3`, hoặc từ chối vĩnh viễn bằng `5.5.3`; máy chủ cũ gửi `552`, mã mà RFC 5321 yêu cầu coi là tạm thời trong trường hợp này.",
        "Máy khách tuân thủ chuẩn sẽ chuyển thư cho những người nhận đã được chấp nhận và gửi cho những người bị từ chối trong một giao dịch mới. Nếu một người thấy lỗi này trong thư bị trả lại, hãy chia người nhận thành các nhóm nhỏ hơn hoặc dùng danh sách gửi thư. Quản trị viên có thể kiểm tra giới hạn người nhận được cấu hình trên máy chủ.",
        "Thư của bạn có quá nhiều người nhận so với mức hệ thống thư bên nhận cho phép. Hãy gửi cho ít người hơn trong mỗi lần gửi.",
    ],
    // sender_rejected
    [
        "Địa chỉ người gửi bị từ chối",
        "Máy chủ đã từ chối chính địa chỉ người gửi trên phong bì thư, được khai báo trong `MAIL FROM`: địa chỉ sai định dạng, tên miền của nó không tồn tại hoặc không nhận được thư trả lời, hoặc người gửi này không được phép dùng nó. Các mã thường gặp là `553`, `501` kèm `5.1.7`, `550` kèm `5.1.8`, và `5.7.27` khi tên miền người gửi có null MX.",
        "Hãy đặt một địa chỉ người gửi đầy đủ và có thật trong chương trình, thiết bị hoặc script gửi thư, và đừng dùng tên miền giữ chỗ. Nếu máy chủ báo bạn không được gửi dưới địa chỉ đó, hãy dùng địa chỉ của tài khoản mà bạn đã đăng nhập. Quản trị viên bên gửi phải bảo đảm tên miền tồn tại và có thể nhận thư, kể cả thư bị trả lại.",
        "Địa chỉ bạn dùng để gửi thư đã bị từ chối. Hãy kiểm tra địa chỉ người gửi trong phần cài đặt email, hoặc nhờ quản trị viên email của bạn giúp đỡ.",
    ],
    // sender_auth_fail
    [
        "Xác thực người gửi thất bại (SPF hoặc DKIM)",
        "Bên nhận đã kiểm tra xem tên miền gửi có cho phép gửi thư này hay không, và bước kiểm tra SPF hoặc DKIM không đạt. Có các mã riêng cho việc này (`5.7.23` và `5.7.24` cho SPF, từ `5.7.20` đến `5.7.22` cho DKIM, `5.7.26` khi nhiều bước cùng thất bại), nhưng nhiều máy chủ gửi `550 5.7.1`, mã mà RFC 7208 gợi ý cho trường hợp SPF thất bại.",
        "Quản trị viên bên gửi nên liệt kê mọi máy chủ gửi hợp lệ trong bản ghi SPF của tên miền và ký DKIM cho toàn bộ thư đi, với khóa công khai được công bố trong DNS. Một thư thử gửi tới hộp thư do bạn quản lý sẽ cho thấy kết quả trong tiêu đề `Authentication-Results` của nó. Việc chuyển tiếp thư làm hỏng SPF; bên chuyển tiếp phải viết lại `MAIL FROM`.",
        "Hệ thống thư bên nhận không xác nhận được rằng thư thực sự được gửi từ tên miền email của bạn. Quản trị viên email của bạn cần sửa lại phần cài đặt của tên miền.",
    ],
    // dmarc_fail
    [
        "Không qua được kiểm tra chính sách DMARC",
        "Tên miền trong tiêu đề `From` công bố một chính sách DMARC yêu cầu bên nhận từ chối thư không đạt, và cả SPF lẫn DKIM đều không đạt đối với một tên miền khớp (aligned) với nó. RFC 7489 nêu `550 5.7.1` làm ví dụ phản hồi; `5.7.26` cũng xuất hiện, và chỉ có nội dung phản hồi mới cho thấy nguyên nhân là DMARC.",
        "Quản trị viên bên gửi phải làm cho mọi nguồn gửi thư của tên miền đạt SPF hoặc DKIM với một tên miền khớp: ký bằng tên miền `d=` trùng với tên miền `From` hoặc có cùng tên miền tổ chức với nó, và thiết lập các dịch vụ gửi bản tin và hệ thống phiếu hỗ trợ để ký thay cho tên miền đó. Báo cáo tổng hợp DMARC cho biết nguồn nào không đạt. Danh sách gửi thư nào sửa đổi nội dung thư sẽ làm hỏng DKIM.",
        "Hệ thống thư bên nhận đã từ chối thư vì không xác nhận được rằng thư được gửi từ tên miền email của bạn. Quản trị viên email của bạn cần sửa lại phần cài đặt của tên miền.",
    ],
    // auth_required
    [
        "Phải đăng nhập trước khi gửi",
        "Máy chủ chỉ nhận thư từ những máy khách đã đăng nhập, nhưng máy khách này đã gửi `MAIL FROM` hoặc `RCPT TO` khi chưa `AUTH` thành công. RFC 4954 quy định `530` kèm `5.7.0` cho trường hợp này; một số máy chủ lại trả lời bằng lỗi từ chối chuyển tiếp (relay).",
        "Hãy bật xác thực cho máy chủ thư đi trong chương trình thư hoặc ứng dụng, với tên người dùng và mật khẩu của tài khoản. Hãy dùng cổng submission (`587` với `STARTTLS`, hoặc `465`), và gửi `AUTH` sau `EHLO` và trước `MAIL FROM`; phản hồi cho `EHLO` liệt kê các cơ chế mà máy chủ hỗ trợ.",
        "Chương trình email của bạn phải đăng nhập vào tài khoản thư đi thì mới gửi được. Hãy bật đăng nhập cho thư đi trong phần cài đặt tài khoản.",
    ],
    // auth_failed
    [
        "Đăng nhập bị từ chối",
        "Máy khách đã thử đăng nhập bằng `AUTH` và máy chủ từ chối: tên người dùng hoặc mật khẩu sai, cơ chế không được phép, hoặc tài khoản không được phép đăng nhập. Các phản hồi thường gặp là `535` kèm `5.7.8`, `534` kèm `5.7.9` và `504` cho cơ chế không xác định; `454` nghĩa là lỗi tạm thời ở phía máy chủ.",
        "Hãy nhập lại tên người dùng và mật khẩu trong phần cài đặt máy chủ thư đi; nhiều nhà cung cấp yêu cầu tên người dùng là địa chỉ đầy đủ, hoặc yêu cầu mật khẩu ứng dụng khi đã bật xác minh hai bước. Hãy chọn một cơ chế trong dòng `AUTH` của phản hồi cho `EHLO`. Nếu thông tin đã đúng, quản trị viên của tài khoản nên kiểm tra xem tài khoản có bị khóa hay bị vô hiệu hóa không.",
        "Không đăng nhập được vào tài khoản thư đi của bạn. Hãy kiểm tra tên người dùng và mật khẩu trong phần cài đặt của chương trình email.",
    ],
    // tls_required
    [
        "Yêu cầu mã hóa hoặc mã hóa thất bại",
        "Máy chủ yêu cầu kết nối phải được mã hóa trước bước này, hoặc việc thiết lập mã hóa đã thất bại. Các phản hồi gồm `530 5.7.0` trước `STARTTLS`, `5.7.10` hoặc `5.7.11` cho cơ chế đăng nhập cần mã hóa, `454` khi TLS tạm thời không khả dụng, và `5.7.30` cho `REQUIRETLS`; chính sách MTA-STS (RFC 8461) cũng có thể chặn việc chuyển phát.",
        "Hãy gửi `STARTTLS` sau `EHLO`, hoặc khi gửi qua submission thì kết nối tới cổng `465` với TLS ngay từ đầu, rồi gửi lại `EHLO` sau khi đã mã hóa. Nếu bắt tay TLS thất bại, hãy cập nhật thư viện TLS của máy khách và kiểm tra các phiên bản giao thức mà hai bên cho phép. Nếu chứng chỉ của máy chủ đã hết hạn hoặc không khớp tên, quản trị viên máy chủ phải thay chứng chỉ.",
        "Không thể gửi thư qua kết nối bảo mật. Hãy bật mã hóa cho thư đi trong chương trình email, hoặc nhờ nhà cung cấp email của bạn giúp đỡ.",
    ],
    // blocklisted
    [
        "Người gửi nằm trong danh sách chặn",
        "Địa chỉ của máy chủ gửi hoặc tên miền của người gửi nằm trong một danh sách chặn mà bên nhận kiểm tra, có thể là danh sách chặn DNS công khai hoặc danh sách riêng của bên nhận. Lỗi này thường đến dưới dạng `550` hoặc `554` kèm `5.7.1`, đôi khi là lời chào `554`; các mã này cũng dùng cho những kiểu từ chối khác, và nội dung phản hồi thường nêu tên danh sách.",
        "Quản trị viên bên gửi nên tra địa chỉ bị liệt kê trên danh sách được nêu trong phản hồi, tìm nguyên nhân (tài khoản bị chiếm quyền, máy bị nhiễm mã độc, relay mở, gửi tới địa chỉ cũ không còn dùng), chấm dứt nó, rồi yêu cầu gỡ khỏi danh sách theo đúng thủ tục của danh sách đó. Với hosting dùng chung, nhà cung cấp phải làm việc này hoặc chuyển thư sang một relay khác.",
        "Nhà cung cấp email của bạn nằm trong một danh sách chặn mà hệ thống thư bên nhận sử dụng, nên thư đã bị từ chối. Hãy báo cho quản trị viên email hoặc nhà cung cấp của bạn.",
    ],
    // bad_reputation
    [
        "Uy tín người gửi quá thấp",
        "Bên nhận đã từ chối hoặc hoãn nhận thư vì uy tín của máy chủ hoặc tên miền gửi, mà không nêu tên danh sách chặn nào; uy tín này được hình thành từ các khiếu nại, số lần dính bẫy thư rác, thư bị trả lại và những thay đổi đột ngột về lưu lượng. Phản hồi có thể từ mã tạm thời `421` hoặc `450` đến `550` hoặc `554` kèm `5.7.1`, nên phải dựa vào nội dung phản hồi.",
        "Quản trị viên bên gửi nên tìm ra điều gì đã làm giảm uy tín: một tài khoản bị chiếm quyền, gửi thư tới danh sách cũ hoặc danh sách mua lại, thiếu liên kết hủy đăng ký, hoặc một địa chỉ mới bắt đầu gửi ngay với lưu lượng lớn. Hãy chấm dứt điều đó, xác thực mọi thư gửi đi và tăng dần lưu lượng. Nhiều bên nhận lớn có công cụ dành cho postmaster hoặc vòng phản hồi (feedback loop) cho thấy mức uy tín mà họ ghi nhận.",
        "Hệ thống thư bên nhận hiện không tin cậy thư từ nhà cung cấp email của bạn. Hãy báo lỗi này cho quản trị viên email hoặc nhà cung cấp của bạn.",
    ],
    // reverse_dns
    [
        "Thiếu DNS ngược hoặc DNS ngược không khớp",
        "Địa chỉ IP của máy chủ gửi không có tên DNS ngược (PTR), hoặc tên đó không phân giải ngược lại về cùng địa chỉ, và bên nhận từ chối thư từ những máy như vậy. Mã riêng cho lỗi này là `5.7.25`, nhưng nhiều máy chủ gửi `550 5.7.1`, hoặc mã tạm thời `450` vì có thể việc tra cứu chỉ tạm thời thất bại.",
        "Quản trị viên bên gửi phải yêu cầu bên quản lý địa chỉ IP, tức nhà cung cấp hosting hoặc internet, tạo bản ghi PTR mang tên máy chủ, và công bố bản ghi A hoặc AAAA cho tên đó trỏ về đúng địa chỉ ấy. Dùng cùng tên đó trong `EHLO` cũng có ích.",
        "Hệ thống thư bên nhận đã từ chối thư từ hệ thống gửi của nhà cung cấp của bạn vì một lỗi cài đặt ở phía bạn. Hãy báo cho quản trị viên email của bạn.",
    ],
    // policy_block
    [
        "Bị từ chối theo chính sách của bên nhận",
        "Một quy tắc nội bộ của bên nhận đã từ chối thư, không liên quan đến thư rác, xác thực hay danh sách chặn: ví dụ người nhận chỉ chấp nhận một số người gửi nhất định, một quốc gia hoặc mạng bị chặn, hoặc một nhóm hay danh sách gửi thư khép kín. Lỗi này thường đến dưới dạng `550` hoặc `554` kèm `5.7.1`, hoặc `5.7.2` với danh sách gửi thư.",
        "Hãy đọc nội dung phản hồi để biết quy tắc nào đã khớp. Chỉ người nhận hoặc quản trị viên của họ mới có thể thay đổi quy tắc hoặc thêm người gửi vào danh sách cho phép, vì vậy hãy liên hệ họ qua kênh khác và trích nguyên văn toàn bộ phản hồi. Với danh sách gửi thư, hãy gửi từ địa chỉ đã đăng ký tham gia.",
        "Tổ chức của người nhận không nhận thư từ bạn theo quy định của họ. Hãy liên hệ người nhận bằng cách khác và nhờ họ cho phép nhận thư của bạn.",
    ],
    // spam
    [
        "Thư bị coi là thư rác",
        "Bộ lọc của bên nhận đã xem xét thư và xếp nó vào loại thư rác, dựa trên nội dung, liên kết, tệp đính kèm hoặc các trường tiêu đề, cùng với uy tín của người gửi. Máy chủ thường gửi `550` hoặc `554` kèm `5.7.1`, những mã cũng dùng cho các kiểu từ chối khác, nên nội dung phản hồi phải nói rõ là thư rác.",
        "Người gửi nên xem lại những gì bộ lọc có thể không chấp nhận: liên kết tới tên miền có uy tín kém hoặc qua dịch vụ rút gọn liên kết, thư gần như chỉ toàn hình ảnh, tiêu đề thư gây hiểu lầm, hoặc thư hàng loạt gửi khi chưa có sự đồng ý và không có liên kết hủy đăng ký. Quản trị viên bên gửi nên bảo đảm SPF, DKIM và DMARC đều đạt. Nếu thư bị nhận nhầm là thư rác, người nhận có thể nhờ quản trị viên của họ cho phép người gửi này.",
        "Hệ thống thư bên nhận đã coi thư của bạn là thư rác. Hãy sửa nội dung thư, chẳng hạn bỏ bớt liên kết hoặc tệp đính kèm, hoặc liên hệ người nhận bằng cách khác.",
    ],
    // virus
    [
        "Phần mềm độc hại hoặc tệp đính kèm nguy hiểm",
        "Trình quét của bên nhận đã phát hiện phần mềm độc hại trong thư, hoặc một tệp đính kèm thuộc loại mà nó coi là nguy hiểm, chẳng hạn chương trình hay tài liệu có macro. Không có mã riêng cho trường hợp này; máy chủ dùng `550` hoặc `554`, thường kèm `5.7.1`, và nội dung phản hồi nêu rõ thứ đã phát hiện.",
        "Người gửi nên quét máy tính đã gửi thư bằng phần mềm bảo mật được cập nhật mới nhất, vì phần mềm độc hại thường tự gửi thư. Nếu một tệp cần gửi bị chặn, hãy chia sẻ nó qua liên kết tải xuống thay vì đính kèm. Nếu trình quét nhận định sai, quản trị viên bên nhận có thể báo cáo lỗi nhận định hoặc tạo ngoại lệ.",
        "Thư đã bị từ chối vì một tệp đính kèm có vẻ gây hại. Hãy quét vi-rút cho máy tính của bạn, hoặc chia sẻ tệp bằng liên kết tải xuống.",
    ],
    // content_rejected
    [
        "Nội dung hoặc định dạng thư bị từ chối",
        "Một điểm nào đó trong hình thức của thư đã bị từ chối: trường tiêu đề bị thiếu, trùng lặp hoặc sai định dạng, cấu trúc hoặc mã hóa MIME bị hỏng, dòng quá dài, hoặc loại tệp đính kèm mà bên nhận không chấp nhận. Máy chủ dùng các mã `5.6.x` cho vấn đề về định dạng nội dung, hoặc mã chung `550` hay `554`, nên phải dựa vào nội dung phản hồi.",
        "Lập trình viên nên làm cho thư tuân theo RFC 5322 và MIME: một trường tiêu đề `From` và một trường `Date`, có `Message-ID`, mỗi dòng tối đa 998 ký tự và kết thúc bằng CRLF, và nội dung 8 bit phải được mã hóa trừ khi máy chủ hỗ trợ `8BITMIME`. Người gặp lỗi này nên bỏ loại tệp đính kèm được nêu trong phản hồi hoặc chia sẻ tệp bằng liên kết.",
        "Hệ thống thư bên nhận không thể nhận thư ở dạng hiện tại, thường là do loại tệp đính kèm. Hãy bỏ hoặc thay tệp đính kèm, hoặc gửi một thư chỉ có văn bản.",
    ],
    // message_too_big
    [
        "Thư quá lớn",
        "Thư lớn hơn mức bên nhận chấp nhận, với toàn hệ thống hoặc với riêng hộp thư này. Máy chủ gửi `552` kèm `5.3.4` cho giới hạn của hệ thống hoặc `5.2.3` cho giới hạn của hộp thư; máy chủ hỗ trợ phần mở rộng `SIZE` có thể từ chối ngay ở `MAIL FROM`, trước khi gửi bất kỳ dữ liệu nào.",
        "Hãy làm thư nhỏ lại: chia sẻ tệp lớn qua liên kết tải xuống, hoặc nén hay chia nhỏ tệp, và nhớ rằng tệp đính kèm to ra khoảng một phần ba khi được mã hóa để gửi. Con số sau `SIZE` trong phản hồi cho `EHLO` là giới hạn của máy chủ tính bằng byte. Chỉ quản trị viên bên nhận mới có thể nâng giới hạn.",
        "Thư quá lớn so với mức hệ thống thư bên nhận cho phép. Hãy bỏ các tệp đính kèm lớn hoặc chia sẻ chúng bằng liên kết tải xuống, rồi gửi lại.",
    ],
    // rate_limited
    [
        "Đã chạm giới hạn tốc độ gửi",
        "Người gửi đã vượt giới hạn về số thư, số kết nối hoặc số người nhận trong một khoảng thời gian, nên máy chủ tạm thời từ chối nhận thêm. Bên nhận thường trả lời bằng `421`, `450` hoặc `451`, thường kèm một mã `4.7.x`; máy chủ tiếp nhận thư có thể từ chối bằng `550` hoặc `554` khi đã dùng hết hạn mức gửi trong ngày.",
        "Hãy để máy chủ gửi thử lại sau với khoảng chờ tăng dần, và giảm số kết nối đồng thời cũng như số thư trên mỗi kết nối tới bên nhận này. Hãy dàn trải các đợt gửi lớn theo thời gian. Nếu là hạn mức của chính tài khoản bạn, hãy đợi đến khi hạn mức được đặt lại hoặc đề nghị nhà cung cấp nâng giới hạn.",
        "Có quá nhiều thư được gửi trong thời gian ngắn, nên thư này đã bị giữ lại. Hãy chờ một lúc rồi thử lại.",
    ],
    // greylisted
    [
        "Bị đưa vào danh sách xám, hãy thử lại sau",
        "Bên nhận cố ý từ chối lần thử đầu tiên từ một người gửi lạ trong một thời gian, để xem một máy chủ thư thật có quay lại hay không, điều mà các công cụ phát tán thư rác thường không làm. Bên nhận trả lời `450` hoặc `451`, thường kèm `4.7.1` hoặc `4.2.0`, và chấp nhận lần thử lại sau thời gian chờ.",
        "Không cần sửa gì nếu máy chủ gửi đưa thư vào hàng đợi và thử lại như RFC 5321 yêu cầu; độ trễ thường từ vài phút đến một giờ. Script và ứng dụng gửi thư trực tiếp cũng phải dùng hàng đợi và thử lại, và các lần thử lại nên đến từ cùng một địa chỉ hoặc cùng một nhóm địa chỉ, vì một địa chỉ mới sẽ phải chờ lại từ đầu.",
        "Thư chỉ bị chậm, không bị mất. Thư thường sẽ được tự động chuyển đến trong vòng vài phút đến một giờ.",
    ],
    // syntax
    [
        "Lệnh hoặc tham số không được hiểu",
        "Một lệnh mà máy khách gửi bị sai định dạng, không xác định hoặc dùng một tùy chọn mà máy chủ không hỗ trợ, nên không được thực hiện. Máy chủ báo điều này bằng `500`, `501`, `502`, `504` hoặc `555`, thường kèm `5.5.1`, `5.5.2` hoặc `5.5.4`; địa chỉ sai định dạng sẽ nhận `5.1.3` hoặc `5.1.7`.",
        "Hãy sửa chương trình gửi chứ không phải sửa thư: kiểm tra chính tả các lệnh, đặt địa chỉ trong dấu ngoặc nhọn không có khoảng trắng, và chỉ dùng các phần mở rộng và tham số mà máy chủ liệt kê trong phản hồi cho `EHLO`. Phần nội dung sau mã thường chỉ ra chỗ bị lỗi. Gửi lại đúng lệnh đó sẽ thất bại y như cũ.",
        "Chương trình email của bạn đã gửi một yêu cầu mà hệ thống thư bên nhận không hiểu. Hãy kiểm tra xem địa chỉ có ký tự lạ không, và cập nhật chương trình nếu lỗi vẫn tiếp diễn.",
    ],
    // bad_sequence
    [
        "Lệnh sai thứ tự",
        "Máy khách đã gửi một lệnh hợp lệ vào một thời điểm trong phiên mà lệnh đó không được phép, chẳng hạn `RCPT TO` trước `MAIL FROM` hoặc `DATA` khi chưa có người nhận nào được chấp nhận. Máy chủ trả lời `503`, thường kèm `5.5.1`.",
        "Hãy xem các phản hồi ngay trước đó: một lệnh `MAIL FROM` hoặc `RCPT TO` bị từ chối thường kéo theo `503`, và chính phản hồi trước đó mới cho thấy lý do thực sự. Nếu không phải vậy, hãy sửa thứ tự lệnh của máy khách: `EHLO`, `AUTH` nếu cần, `MAIL FROM`, `RCPT TO`, rồi `DATA`, và dùng `RSET` để bắt đầu lại.",
        "Chương trình email của bạn và hệ thống thư bên nhận đã bị lệch nhịp với nhau. Hãy thử gửi lại, và cập nhật chương trình nếu lỗi vẫn tiếp diễn.",
    ],
    // service_unavailable
    [
        "Máy chủ tạm thời không khả dụng",
        "Máy chủ đã trả lời, nhưng cho biết lúc này không thể phục vụ vì đang quá tải, đang bảo trì hoặc đang tắt. Các phản hồi thường gặp là `421`, kèm theo việc đóng kết nối, và `450` hoặc `451` kèm `4.3.2` hoặc `4.4.5`; vấn đề nằm ở máy chủ đó chứ không phải ở thư.",
        "Hãy để máy chủ gửi thử lại sau, như nó vẫn tự làm sau một phản hồi tạm thời. Nếu máy chủ từ chối suốt nhiều giờ, quản trị viên của nó phải kiểm tra tải, các dịch vụ và dung lượng lưu trữ. Máy khách kết nối lại ngay lập tức sẽ làm tình trạng quá tải thêm trầm trọng, nên các lần thử lại cần có thời gian chờ.",
        "Hệ thống thư bên nhận đang bận hoặc tạm ngừng hoạt động. Việc gửi thường được tự động thử lại; nếu thư bị trả lại cho bạn, hãy gửi lại sau.",
    ],
    // system_error
    [
        "Lỗi trên máy chủ nhận",
        "Đã có sự cố bên trong máy chủ phản hồi: lỗi cấu hình, hết dung lượng lưu trữ, hoặc tra cứu DNS hay danh bạ người dùng thất bại. Các phản hồi gồm `451` kèm `4.3.0`, `452` kèm `4.3.1`, `4.3.5` và `4.4.3`, đôi khi là mã vĩnh viễn `554` hoặc `5.3.x`; bản thân thư thường không có vấn đề gì.",
        "Người vận hành máy chủ phải dựa vào nhật ký để tìm và sửa lỗi: giải phóng dung lượng, sửa cấu hình, hoặc khôi phục dịch vụ DNS hay dịch vụ danh bạ mà máy chủ phụ thuộc. Người gửi chỉ có thể để các lần thử lại tiếp tục và, nếu lỗi kéo dài, báo cho postmaster của bên nhận, kèm toàn bộ phản hồi và thời điểm xảy ra.",
        "Hệ thống thư bên nhận đã gặp sự cố kỹ thuật. Hãy thử lại sau; nếu vẫn không được, hãy liên hệ người nhận bằng cách khác.",
    ],
    // network_error
    [
        "Kết nối thất bại",
        "Không thể thiết lập kết nối tới máy chủ thư hoặc kết nối bị ngắt giữa chừng: bị từ chối, hết thời gian chờ hoặc bị đặt lại, nên có thể hoàn toàn không có phản hồi nào. Máy chủ gửi ghi nhận điều này bằng `4.4.1` khi không có trả lời hoặc `4.4.2` khi kết nối kém, và tiếp tục thử lại.",
        "Hãy kiểm tra tên máy chủ và cổng mà máy khách dùng, và xem tường lửa hoặc nhà cung cấp mạng có chặn kết nối đi tới cổng `25` hay không, điều thường gặp trên mạng gia đình và mạng đám mây. Với tên miền bên ngoài, hãy kiểm tra xem các bản ghi MX của nó có trỏ tới những máy chủ đang chạy và truy cập được không. Trong lúc đó, máy chủ gửi sẽ tự thử lại.",
        "Thư của bạn chưa đến được hệ thống thư bên nhận do sự cố kết nối. Thư thường sẽ được tự động gửi lại; nếu không, hãy thử lại sau.",
    ],
    // loop_detected
    [
        "Phát hiện vòng lặp thư",
        "Thư bị chuyển qua lại giữa các máy chủ nhiều lần đến mức một máy chủ đã chặn nó lại, vì thư đang đi vòng quanh. Máy chủ đếm các trường tiêu đề `Received` và báo `5.4.6`, thường kèm `554`, hoặc một nội dung nói về vòng lặp hay quá nhiều chặng; nguyên nhân là các quy tắc chuyển tiếp và thiết lập định tuyến trỏ qua lại lẫn nhau.",
        "Hãy đọc các trường tiêu đề `Received` của thư bị trả lại để xem máy chủ nào lặp lại. Quản trị viên của các hệ thống đó phải gỡ bỏ quy tắc chuyển tiếp, bí danh hoặc thiết lập định tuyến đang gửi thư quay ngược lại, hoặc sửa bản ghi MX đang trỏ nhầm máy chủ. Gửi lại trước khi sửa thì thư sẽ lại bị lặp.",
        "Thư đã bị chuyển vòng quanh giữa các hệ thống thư nên đã bị chặn lại. Hãy báo cho người nhận bằng cách khác, vì có lẽ họ cần sửa phần cài đặt chuyển tiếp thư.",
    ],
    // expired
    [
        "Hết thời hạn thử chuyển phát",
        "Máy chủ gửi đã liên tục thử lại thư sau các lỗi tạm thời và bỏ cuộc khi chạm giới hạn thời gian của nó, thường là vài ngày. Thư bị trả lại có thể mang mã `5.4.7` hoặc chỉ có lỗi cuối cùng gặp phải; nguyên nhân thực sự nằm ở các lần thử thất bại trước đó.",
        "Hãy tìm trong thư bị trả lại hoặc nhật ký của máy chủ gửi các lỗi của những lần thử trước, chẳng hạn máy chủ không truy cập được hoặc hộp thư đầy, và nhờ bên chịu trách nhiệm khắc phục nguyên nhân đó. Sau đó hãy gửi lại thư, vì máy chủ gửi đã ngừng thử.",
        "Không thể chuyển thư của bạn sau nhiều lần thử trong một thời gian dài. Hãy kiểm tra địa chỉ rồi gửi lại sau, hoặc liên hệ người nhận bằng cách khác.",
    ],
    // success
    [
        "Đã được chấp nhận",
        "Máy chủ đã thực hiện lệnh; sau dấu `.` kết thúc thư, mã `250` có nghĩa là máy chủ đã nhận thư và chịu trách nhiệm chuyển phát nó. Điều đó không bảo đảm thư sẽ vào hộp thư đến: thư vẫn có thể bị trả lại sau đó hoặc bị lọc.",
        "Không cần sửa gì. Nếu người nhận nói chưa bao giờ nhận được thư, hãy nhờ họ kiểm tra thư mục thư rác, để ý xem sau đó có thư bị trả lại nào không, và dùng mã hàng đợi (queue ID) hoặc mã thư (message ID) trong phản hồi để truy vết thư trong nhật ký của bên nhận.",
        "Thư đã được chấp nhận để chuyển đi.",
    ],
    // intermediate
    [
        "Đang chờ bước tiếp theo",
        "Máy chủ đã chấp nhận lệnh cho đến lúc này và đang chờ máy khách gửi thêm, chẳng hạn nội dung thư sau `354` hoặc bước đăng nhập tiếp theo sau `334`. Chưa có gì thất bại, nhưng cũng chưa có gì được chuyển phát.",
        "Máy khách nên gửi những gì máy chủ yêu cầu: sau `354` là nội dung thư, kết thúc bằng một dòng chỉ chứa `.`, sau `334` là phản hồi `AUTH` tiếp theo. Nếu phiên dừng lại ở đây, hãy xem có phải máy khách đã không gửi phần còn lại hoặc kết nối bị ngắt trong khi gửi không.",
        "Thư vẫn đang được gửi; đến giờ chưa có lỗi nào.",
    ],
    // unknown
    [
        "Phản hồi không cho biết rõ lý do",
        "Không có gì trong phản hồi chỉ ra một lý do cụ thể: mã là mã chung, như `550`, `554` hoặc `5.0.0`, và nội dung không cho biết chuyện gì đã xảy ra. Chỉ có lớp của mã là chắc chắn: `4xx` là lỗi tạm thời và `5xx` là lỗi vĩnh viễn.",
        "Hãy đọc toàn bộ phản hồi và nhật ký của máy chủ gửi quanh thời điểm đó. Sau phản hồi `4xx`, hãy để máy chủ gửi thử lại; sau phản hồi `5xx`, đừng gửi lại y nguyên. Nếu vẫn chưa rõ, hãy viết thư tới địa chỉ postmaster của tên miền nhận, kèm toàn bộ phản hồi, thời điểm và các địa chỉ liên quan.",
        "Không thể chuyển thư, và lý do chưa rõ. Hãy thử lại sau, và nếu vẫn không được, hãy liên hệ người nhận bằng cách khác.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "Máy chủ MX không qua được kiểm tra MTA-STS",
        "Exchange Online không chuyển phát thư vì máy chủ MX mà nó kết nối tới không nằm trong danh sách của chính sách MTA-STS của tên miền người nhận. Đây là lỗi tạm thời, nên Exchange Online tiếp tục thử lại.",
        "Exchange Online gửi mã này khi tên miền đích công bố một chính sách MTA-STS có các mục `mx` không bao gồm máy chủ được nêu trong bản ghi MX của tên miền.",
        "Quản trị viên tên miền người nhận phải làm cho chính sách MTA-STS và các bản ghi MX thống nhất với nhau, bằng cách thêm máy chủ MX vào chính sách hoặc sửa bản ghi MX. Người gửi chỉ có thể chờ hoặc báo cho người nhận.",
    ],
    // 4.4.312 (microsoft)
    [
        "Truy vấn DNS cho đích đến thất bại",
        "Exchange Online đã thử tra cứu máy chủ đích, thường là smart host của một trình kết nối gửi đi (outbound connector), và truy vấn DNS thất bại. Thư vẫn nằm trong hàng đợi và được thử lại trong tối đa 24 giờ.",
        "Microsoft 365 báo lỗi này khi chuyển phát qua trình kết nối nếu dịch vụ lưu trữ DNS của tên miền gặp sự cố, tên miền đã hết hạn, hoặc một thay đổi MX gần đây vẫn còn nằm trong bộ nhớ đệm.",
        "Quản trị viên của tên miền đích phải cùng nhà cung cấp dịch vụ DNS sửa DNS của tên miền, hoặc gia hạn tên miền. Nếu trình kết nối trỏ tới dịch vụ của một đối tác, đối tác đó phải khắc phục.",
    ],
    // 4.4.315 (microsoft)
    [
        "Kết nối tới đích đến bị hết thời gian chờ",
        "Exchange Online không kết nối được tới máy chủ thư đích trong thời gian cho phép. Thư vẫn nằm trong hàng đợi và được thử lại trong tối đa 24 giờ.",
        "Microsoft 365 báo lỗi này khi một máy chủ tại chỗ (on-premises) hoặc máy chủ đối tác phía sau trình kết nối ngừng hoạt động, hoặc thiết lập smart host của trình kết nối trỏ tới sai địa chỉ IP.",
        "Hãy kiểm tra xem máy chủ đích có đang chạy và truy cập được qua cổng `25` không, và địa chỉ smart host của trình kết nối có còn đúng không, chẳng hạn sau khi đổi nhà cung cấp internet.",
    ],
    // 4.4.316 (microsoft)
    [
        "Kết nối tới đích đến bị từ chối",
        "Exchange Online đã thử kết nối tới một máy chủ thư bên ngoài Microsoft 365 và kết nối bị từ chối, nên thư vẫn nằm trong hàng đợi để thử lại.",
        "Exchange Online gửi mã này khi tường lửa đặt trước máy chủ đích chặn các địa chỉ của Microsoft 365, hoặc khi một máy chủ tại chỗ phía sau trình kết nối đã bị tắt.",
        "Quản trị viên bên đích phải cho phép kết nối từ các dải IP của Microsoft 365 qua cổng `25`. Nếu máy chủ tại chỗ đã được gỡ bỏ có chủ ý, hãy tắt trình kết nối và chuyển tên miền được chấp nhận (accepted domain) sang loại authoritative.",
    ],
    // 4.4.317 (microsoft)
    [
        "Không thể kết nối tới máy chủ từ xa",
        "Exchange Online đã kết nối được tới máy chủ đích, nhưng máy chủ đó trả lời ngay bằng một lỗi hoặc không đáp ứng yêu cầu kết nối, chẳng hạn TLS mà trình kết nối bắt buộc.",
        "Microsoft 365 báo lỗi này khi chuyển phát qua trình kết nối nếu máy chủ từ xa cho biết nó không khả dụng, hoặc trình kết nối yêu cầu TLS mà máy chủ từ xa không hỗ trợ.",
        "Quản trị viên bên đích nên kiểm tra thiết lập TLS và chứng chỉ của máy chủ, cũng như thiết lập TLS của trình kết nối trong Microsoft 365. Nếu phía sau trình kết nối là dịch vụ của một đối tác, đối tác đó phải tự khắc phục phần của mình.",
    ],
    // 4.4.318 (microsoft)
    [
        "Kết nối bị đóng đột ngột",
        "Kết nối giữa Exchange Online và máy chủ đích bị ngắt giữa phiên, nên thư sẽ được thử lại sau.",
        "Microsoft 365 báo lỗi này khi tính năng kiểm tra SMTP của tường lửa gây cản trở, máy chủ đích bị treo hoặc cạn tài nguyên, hoặc mạng giữa hai bên gặp sự cố.",
        "Quản trị viên bên đích nên tắt tính năng kiểm tra SMTP bị lỗi trên tường lửa, kiểm tra tình trạng và tài nguyên của máy chủ thư, và cho kiểm tra đường truyền mạng.",
    ],
    // 4.7.32 (google)
    [
        "Tên miền From không khớp với SPF hoặc DKIM",
        "Gmail đang làm chậm thư từ bạn vì tên miền trong tiêu đề `From` không khớp với tên miền đã đạt SPF, cũng không khớp với tên miền đã ký DKIM. Đây là yêu cầu căn chỉnh (alignment) của DMARC mà Gmail đặt ra cho người gửi hàng loạt.",
        "Gmail gửi mã này dưới dạng phản hồi tạm thời `421` cho những người gửi có thư được xác thực, nhưng cho một tên miền khác với tên miền mà người nhận thấy là tác giả của thư.",
        "Quản trị viên bên gửi nên ký thư bằng tên miền DKIM `d=` có cùng tên miền tổ chức với địa chỉ `From`, hoặc gửi với tên miền `MAIL FROM` đáp ứng điều đó, và công bố một bản ghi DMARC. Các dịch vụ gửi thư thường cho phép dùng tên miền gửi hoặc tên miền ký riêng cho mục đích này.",
    ],
    // 4.7.320 (microsoft)
    [
        "Xác thực chứng chỉ thất bại",
        "Exchange Online không xác thực được chứng chỉ TLS của máy chủ đích, chẳng hạn vì chứng chỉ đã hết hạn hoặc mang tên một máy chủ khác, nên nó giữ thư lại trong hàng đợi.",
        "Microsoft 365 báo lỗi này khi chuyển phát qua một trình kết nối yêu cầu chứng chỉ hợp lệ.",
        "Quản trị viên bên đích phải cài một chứng chỉ hợp lệ, hoặc phải sửa thiết lập chứng chỉ của trình kết nối, để các thư đang chờ có thể được gửi đi.",
    ],
    // 4.7.321 (microsoft)
    [
        "Đích đến phải hỗ trợ TLS (DANE)",
        "Tên miền đích được bảo vệ bằng DNSSEC và DANE, nhưng máy chủ thư của nó không trả lời `STARTTLS` hoặc bắt tay TLS thất bại, nên Exchange Online không chịu gửi thư ở dạng không mã hóa.",
        "Exchange Online gửi mã này dưới dạng lỗi tạm thời kèm `starttls-not-supported` khi chuyển phát tới một tên miền có bản ghi DNSSEC hợp lệ.",
        "Quản trị viên tên miền người nhận phải làm cho máy chủ thư hỗ trợ `STARTTLS` và hoàn tất được bắt tay TLS.",
    ],
    // 4.7.322 (microsoft)
    [
        "Chứng chỉ của đích đến đã hết hạn (DANE)",
        "Máy chủ đích được bảo vệ bằng DANE đã xuất trình một chứng chỉ hết hạn, nên Exchange Online không chuyển phát thư.",
        "Exchange Online gửi mã này dưới dạng lỗi tạm thời kèm `certificate-expired` sau khi các bước kiểm tra DNSSEC đã đạt.",
        "Quản trị viên tên miền người nhận phải gia hạn chứng chỉ của máy chủ và cập nhật các bản ghi TLSA nếu chúng ghim (pin) chứng chỉ đó.",
    ],
    // 4.7.323 (microsoft)
    [
        "Tên miền không qua được kiểm tra DANE",
        "Chứng chỉ của đích đến không khớp với bản ghi TLSA xác thực của nó, hoặc bản ghi TLSA bị sai, nên Exchange Online không chuyển phát thư.",
        "Exchange Online gửi mã này dưới dạng lỗi tạm thời kèm `tlsa-invalid` cho một tên miền đích có ký DNSSEC.",
        "Quản trị viên tên miền người nhận phải công bố các bản ghi TLSA khớp với chứng chỉ mà máy chủ thư xuất trình, nhất là sau khi thay chứng chỉ.",
    ],
    // 4.7.324 (microsoft)
    [
        "Đích đến trả về bản ghi DNSSEC không hợp lệ",
        "Tên miền đích cho biết nó được ký DNSSEC, nhưng Exchange Online không xác thực được các bản ghi của nó, nên không chuyển phát thư.",
        "Exchange Online gửi mã này dưới dạng lỗi tạm thời kèm `dnssec-invalid`.",
        "Quản trị viên tên miền người nhận phải sửa việc ký DNSSEC cho vùng DNS, chẳng hạn chữ ký đã hết hạn hoặc bản ghi DS sai ở vùng cha.",
    ],
    // 4.7.325 (microsoft)
    [
        "Chứng chỉ không khớp với tên máy chủ (DANE)",
        "Chứng chỉ của máy chủ đích được bảo vệ bằng DANE không ghi tên miền, cũng không ghi tên máy chủ MX, nên Exchange Online không chuyển phát thư.",
        "Exchange Online gửi mã này dưới dạng lỗi tạm thời kèm `certificate-host-mismatch`.",
        "Quản trị viên tên miền người nhận phải cài một chứng chỉ có tên chung (common name) hoặc tên thay thế (subject alternative names) chứa tên máy chủ MX.",
    ],
    // 4.7.500 (microsoft)
    [
        "Truy cập bị từ chối, vui lòng thử lại sau (giới hạn tốc độ theo IP)",
        "Microsoft 365 tạm thời giới hạn thư từ địa chỉ IP đang kết nối vì địa chỉ đó đột nhiên gửi nhiều hơn hẳn trước đây hoặc còn mới đối với Microsoft; nội dung phản hồi có các mã `ASxxx`.",
        "Exchange Online Protection gửi mã này dưới dạng `451` cho những máy chủ có cách gửi thư thay đổi nhiều, như một phần của cơ chế giới hạn tốc độ chống thư rác.",
        "Với người gửi hợp lệ, hạn chế sẽ được gỡ sau vài ngày gửi thư đều đặn. Khách hàng Microsoft 365 chuyển tiếp thư qua Microsoft hoặc định tuyến thư đến qua một dịch vụ khác nên thiết lập trình kết nối tương ứng; khi đó việc giới hạn tốc độ sẽ không còn.",
    ],
    // 4.7.850 (microsoft)
    [
        "Truy cập bị từ chối, vui lòng thử lại sau (IP đáng ngờ)",
        "Microsoft 365 đã phát hiện hoạt động đáng ngờ từ địa chỉ IP gửi và tạm thời hạn chế nó trong lúc kiểm tra thêm.",
        "Exchange Online gửi mã này như một lời từ chối tạm thời trong khi đánh giá một địa chỉ IP.",
        "Nếu lưu lượng là hợp lệ, hãy để máy chủ gửi thử lại; theo Microsoft, hạn chế sẽ sớm được gỡ. Nếu máy chủ thực sự đã gửi thư rác, trước hết hãy chặn nguồn phát thư rác.",
    ],
    // 4.16.50 (yahoo)
    [
        "Bị hoãn do khiếu nại từ người dùng Yahoo",
        "Mã chẩn đoán riêng của Yahoo cho một lần hoãn tạm thời: thư từ máy chủ gửi đã bị nhiều người dùng Yahoo Mail khiếu nại.",
        "Yahoo gửi mã này kèm `421` và nội dung \"temporarily deferred\", thường là sau khi người nhận đã đánh dấu thư trước đó từ cùng địa chỉ IP là thư rác.",
        "Hãy để hàng đợi thử lại sau. Quản trị viên bên gửi nên xem lại máy chủ đang gửi gì tới người dùng Yahoo và gửi cho ai, rồi dừng những thư mà người nhận không yêu cầu. Nếu bạn không quản lý máy chủ, hãy chuyển toàn bộ thông báo lỗi cho quản trị viên của nó.",
    ],
    // 4.16.55 (yahoo)
    [
        "Bị hoãn do lưu lượng bất thường hoặc khiếu nại của người dùng",
        "Mã chẩn đoán riêng của Yahoo đi kèm các lần hoãn `[TS01]` và `[TSS04]`: Yahoo đã làm chậm thư từ địa chỉ IP này vì lưu lượng của nó hoặc vì khiếu nại từ người dùng Yahoo.",
        "Yahoo gửi mã này trong các phản hồi `421`, thường ở dạng `4.16.55.1`, khi một địa chỉ IP gửi lưu lượng bất thường hoặc gửi thư bị người nhận báo cáo là thư rác.",
        "Máy chủ gửi có thể thử lại sau. Quản trị viên bên gửi nên tìm nguồn gốc của những thư đã gây ra khiếu nại (một tài khoản bị chiếm quyền, một đợt gửi thư không mong muốn), chấm dứt nó, và chỉ tăng dần lưu lượng gửi tới Yahoo.",
    ],
    // 5.0.350 (microsoft)
    [
        "Từ chối chung từ phía tổ chức của người nhận",
        "Exchange Online dùng mã chung này cho nhiều kiểu từ chối từ phía người nhận; nội dung phản hồi nêu nguyên nhân, chẳng hạn `x-dg-ref header is too long` hoặc `policy violation detected (AS345)`.",
        "Nội dung `x-dg-ref` xuất hiện với thư định dạng Rich Text, còn nội dung `AS345` xuất hiện với tệp đính kèm lồng nhau.",
        "Hãy đọc nội dung sau mã. Với `x-dg-ref`, hãy gửi thư ở dạng HTML hoặc văn bản thuần; với `AS345`, đừng đính kèm những thư mà bản thân chúng có tệp đính kèm.",
    ],
    // 5.1.20 (microsoft)
    [
        "Nhiều địa chỉ From nhưng không có địa chỉ Sender",
        "Trường tiêu đề `From` của thư có nhiều hơn một địa chỉ nhưng không có trường `Sender`, trường mà RFC 5322 bắt buộc trong trường hợp này, nên Exchange Online đã từ chối thư.",
        "Exchange Online gửi mã này cho những thư được tạo với nhiều địa chỉ `From`, thường là do script hoặc chương trình thư ít phổ biến.",
        "Hãy gửi với một địa chỉ `From` duy nhất, hoặc thêm trường tiêu đề `Sender` chứa đúng một địa chỉ.",
    ],
    // 5.1.90 (microsoft)
    [
        "Đã đạt giới hạn người nhận hằng ngày",
        "Người gửi trên Microsoft 365 đã gửi tới nhiều người nhận trong một ngày hơn mức mà giới hạn gửi của Exchange Online cho phép.",
        "Exchange Online gửi mã này cho chính người dùng của mình khi họ vượt giới hạn số người nhận mỗi ngày; mã này cũng có thể có nghĩa là tài khoản đã bị chiếm quyền và đang gửi thư rác.",
        "Hãy chờ đến khi giới hạn được đặt lại, và rải các đợt gửi lớn ra theo thời gian hoặc dùng một dịch vụ gửi thư hàng loạt. Quản trị viên nên kiểm tra tài khoản xem có dấu hiệu bị chiếm quyền không.",
    ],
    // 5.1.351 (microsoft)
    [
        "Máy chủ từ xa báo người nhận không xác định hoặc hộp thư không khả dụng",
        "Exchange Online chuyển lại lời từ chối của máy chủ kế tiếp: máy chủ đó cho biết người nhận không xác định hoặc hộp thư của họ không khả dụng. Phản hồi gốc của máy chủ từ xa nằm sau `->`.",
        "Exchange Online ghi mã này trong thư báo trả lại khi máy chủ nhận đã từ chối người nhận, với nội dung như `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Hãy kiểm tra xem địa chỉ người nhận có bị gõ sai không và hỏi người nhận địa chỉ đúng. Phản hồi từ xa sau `->` cho biết máy chủ nhận đã nói gì.",
    ],
    // 5.2.121 (microsoft)
    [
        "Vượt giới hạn mỗi giờ của người nhận đối với người gửi này",
        "Người gửi đã gửi tới một người nhận trên Exchange Online nhiều thư trong một giờ hơn mức người nhận đó chấp nhận từ một người gửi.",
        "Exchange Online gửi mã này cho những người gửi tự động và hệ thống thông báo gửi dồn dập vào một hộp thư.",
        "Hãy thử lại sau và gửi ít thư hơn mỗi giờ tới người nhận đó, chẳng hạn bằng cách gộp các thông báo lại.",
    ],
    // 5.2.122 (microsoft)
    [
        "Người nhận đã vượt giới hạn nhận thư mỗi giờ",
        "Người nhận trên Exchange Online đã nhận trong một giờ nhiều thư hơn mức cho phép, tính gộp từ mọi người gửi.",
        "Exchange Online gửi mã này khi một hộp thư bị ngập bởi bão thư hoặc bởi nhiều người gửi tự động.",
        "Hãy thử lại sau. Nếu nguyên nhân là thư tự động, hãy giảm tần suất gửi; người nhận có thể cần tìm xem ai đang gửi dồn dập vào hộp thư.",
    ],
    // 5.3.190 (microsoft)
    [
        "Không hỗ trợ ghi nhật ký (journaling) vào Microsoft 365",
        "Một quy tắc ghi nhật ký (journaling) tại chỗ gửi báo cáo nhật ký tới Microsoft 365, nhưng tổ chức chưa bật Journaling Archive, nên Exchange Online từ chối các báo cáo đó.",
        "Exchange Online gửi mã này cho những tổ chức ghi nhật ký thư tại chỗ vào Microsoft 365.",
        "Quản trị viên Microsoft 365 của tổ chức phải bật Journaling Archive hoặc trỏ quy tắc ghi nhật ký tới một đích đến khác.",
    ],
    // 5.4.8 (microsoft)
    [
        "Máy chủ MX không qua được kiểm tra MTA-STS (vĩnh viễn)",
        "Exchange Online đã bỏ cuộc chuyển phát vì chính sách MTA-STS của tên miền người nhận không cho phép máy chủ MX của tên miền đó.",
        "Exchange Online gửi mã này như lỗi cuối cùng khi chính sách MTA-STS của một tên miền không bao gồm máy chủ MX tìm thấy trong DNS.",
        "Quản trị viên tên miền người nhận phải thêm máy chủ MX vào chính sách MTA-STS hoặc sửa bản ghi MX; sau đó người gửi có thể gửi lại thư.",
    ],
    // 5.4.14 (microsoft)
    [
        "Vượt quá số chặng chuyển tiếp, có thể có vòng lặp thư",
        "Exchange Online đã dừng thư vì thư bị định tuyến vòng quanh quá nhiều lần; đây là mã riêng của Exchange Online cho vòng lặp thư, trong khi Exchange tại chỗ dùng `5.4.6`.",
        "Exchange Online gửi mã này khi một tên miền được chấp nhận bị thiết lập sai, hoặc, trong mô hình kết hợp (hybrid), khi các trình kết nối chuyển thư qua lại; nội dung thường kết thúc bằng `ATTR34`.",
        "Quản trị viên của tổ chức nhận nên kiểm tra xem tên miền có phải là tên miền được chấp nhận loại authoritative không, và các trình kết nối hybrid có định tuyến tới đúng smart host không; chạy lại Hybrid Configuration Wizard thường khắc phục được lỗi này.",
    ],
    // 5.4.300 (microsoft)
    [
        "Thư đã hết hạn",
        "Exchange Online không chuyển phát được thư trong thời gian cho phép, vì đích đến không bao giờ trả lời, hoặc thư báo trả lại về thư đó cũng không chuyển phát được.",
        "Exchange Online gửi mã này như lỗi cuối cùng, sau khi đã hết số lần thử lại cho một thư.",
        "Hãy xem các lỗi trước đó cho đích đến này để tìm lý do việc chuyển phát liên tục thất bại, nhờ khắc phục lỗi đó, rồi gửi lại thư.",
    ],
    // 5.4.312 (microsoft)
    [
        "Thư hết hạn sau nhiều lần truy vấn DNS thất bại",
        "Exchange Online đã ngừng thử lại vì lần thử nào cũng không tra cứu được đích đến trong DNS, cho đến khi hết thời gian thư được nằm trong hàng đợi.",
        "Exchange Online ghi mã này trong thư báo trả lại sau các lần hoãn `4.4.312` trước đó, với nội dung `Message expired, DNS query failed`.",
        "Quản trị viên tên miền người nhận phải sửa DNS của tên miền hoặc gia hạn tên miền. Sau đó, người gửi phải gửi lại thư.",
    ],
    // 5.4.316 (microsoft)
    [
        "Thư hết hạn sau nhiều lần kết nối bị từ chối",
        "Exchange Online đã ngừng thử lại vì máy chủ đích liên tục từ chối kết nối, cho đến khi hết thời gian thư được nằm trong hàng đợi.",
        "Exchange Online ghi mã này trong thư báo trả lại sau các lần hoãn `4.4.316` trước đó, với nội dung `Message expired, connection refused`.",
        "Quản trị viên bên đích phải làm cho máy chủ chấp nhận kết nối từ Microsoft 365 qua cổng `25`. Sau đó người gửi phải gửi lại thư.",
    ],
    // 5.4.318 (microsoft)
    [
        "Thư hết hạn sau nhiều lần kết nối bị đặt lại",
        "Exchange Online đã ngừng thử lại vì các kết nối của nó tới đích đến liên tục bị đặt lại (reset), điều mà nó đánh dấu là `SuspiciousRemoteServerError`.",
        "Exchange Online ghi mã này trong thư báo trả lại sau nhiều lần hoãn `4.4.318` liên tiếp cho cùng một đích đến.",
        "Quản trị viên bên đích phải tìm ra thứ làm đứt các phiên, thường là tường lửa có kiểm tra SMTP. Sau đó người gửi phải gửi lại thư.",
    ],
    // 5.6.11 (microsoft)
    [
        "Ký tự không hợp lệ (ký tự xuống dòng LF đứng riêng)",
        "Thư chứa ký tự xuống dòng (line feed) đứng riêng, tức là cuối dòng không có ký tự về đầu dòng (carriage return), điều mà Exchange Online không chấp nhận.",
        "Exchange Online gửi mã này khi chương trình thư hoặc script viết các dòng kết thúc bằng `LF` thay vì `CRLF`.",
        "Hãy sửa chương trình gửi để mọi dòng đều kết thúc bằng `CRLF`, hoặc gửi qua một máy chủ có chuyển đổi ký tự cuối dòng.",
    ],
    // 5.7.57 (microsoft)
    [
        "Máy khách chưa xác thực nên không được gửi thư ẩn danh",
        "Một ứng dụng hoặc thiết bị đã gửi thư tới `smtp.office365.com` mà không đăng nhập, và Exchange Online đã từ chối `MAIL FROM`.",
        "Exchange Online gửi mã này cho máy in, máy quét và ứng dụng được thiết lập để gửi thư qua Microsoft 365 nhưng có cài đặt đăng nhập hoặc TLS bị sai.",
        "Hãy cấu hình thiết bị với thông tin đăng nhập của một người dùng có hộp thư Exchange Online, và bảo đảm thiết bị dùng `STARTTLS`, vì việc đăng nhập cần TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, truy cập chuyển tiếp (relay) bị từ chối",
        "Exchange Online không ghép được thư từ các máy chủ của chính tổ chức với một trình kết nối đến (inbound connector), nên đã từ chối chuyển tiếp thư.",
        "Exchange Online gửi mã này sau khi có gì đó thay đổi ở hệ thống tại chỗ, chẳng hạn địa chỉ IP của máy chủ gửi hoặc tên trong chứng chỉ của nó, khiến thư không còn khớp với trình kết nối đến.",
        "Quản trị viên phải cập nhật trình kết nối đến theo địa chỉ IP hoặc tên chứng chỉ hiện tại của máy chủ tại chỗ.",
    ],
    // 5.7.124 (microsoft)
    [
        "Người gửi không có trong danh sách người gửi được phép",
        "Người nhận là một nhóm phân phối (distribution group) chỉ nhận thư từ những người gửi có trong danh sách, và người gửi này không có trong đó.",
        "Exchange Online gửi mã này cho các nhóm có giới hạn chuyển phát; ngay cả chủ sở hữu nhóm cũng có thể cần được thêm vào danh sách.",
        "Hãy nhờ chủ sở hữu nhóm hoặc quản trị viên bên nhận thêm người gửi vào danh sách người gửi được phép của nhóm, hoặc gỡ bỏ giới hạn.",
    ],
    // 5.7.133 (microsoft)
    [
        "Người gửi chưa được xác thực để gửi tới nhóm",
        "Người nhận là một nhóm từ chối thư từ bên ngoài tổ chức của nó, và người gửi là người bên ngoài.",
        "Exchange Online gửi mã này khi người gửi bên ngoài viết thư tới một nhóm phân phối yêu cầu người gửi phải được xác thực.",
        "Chủ sở hữu nhóm hoặc quản trị viên bên nhận phải cho phép người gửi bên ngoài gửi thư tới nhóm.",
    ],
    // 5.7.134 (microsoft)
    [
        "Người gửi chưa được xác thực để gửi tới hộp thư",
        "Hộp thư người nhận được thiết lập để từ chối thư từ bên ngoài tổ chức của nó, và người gửi là người bên ngoài.",
        "Exchange Online gửi mã này cho các hộp thư có thiết lập yêu cầu người gửi phải được xác thực.",
        "Chỉ quản trị viên của tổ chức bên nhận mới có thể thay đổi giới hạn chuyển phát của hộp thư.",
    ],
    // 5.7.135 (microsoft)
    [
        "Người gửi chưa được xác thực để gửi tới thư mục công cộng",
        "Người nhận là một thư mục công cộng (public folder) có bật nhận thư, và nó từ chối thư từ bên ngoài tổ chức của mình.",
        "Exchange Online gửi mã này khi người gửi bên ngoài viết thư tới một thư mục công cộng yêu cầu người gửi phải được xác thực.",
        "Quản trị viên của tổ chức bên nhận phải cho phép thư mục công cộng nhận thư từ mọi người gửi.",
    ],
    // 5.7.136 (microsoft)
    [
        "Người gửi chưa được xác thực để gửi tới người dùng thư (mail user)",
        "Người nhận là một người dùng thư (mail user) được thiết lập để từ chối thư từ bên ngoài tổ chức của nó.",
        "Exchange Online gửi mã này khi một người gửi bên ngoài viết thư tới một người dùng thư có thiết lập yêu cầu người gửi phải được xác thực.",
        "Chỉ quản trị viên của tổ chức bên nhận mới có thể thay đổi thiết lập này.",
    ],
    // 5.7.193 (microsoft)
    [
        "Nhóm Microsoft 365 không nhận thư từ người gửi bên ngoài",
        "Người nhận là một nhóm Microsoft 365 chỉ nhận thư từ các thành viên của nhóm hoặc từ bên trong tổ chức.",
        "Exchange Online gửi mã này kèm `UnifiedGroupAgent` khi một người gửi bên ngoài viết thư tới một nhóm như vậy.",
        "Chủ sở hữu nhóm hoặc quản trị viên bên nhận phải cho phép người ngoài tổ chức gửi email tới nhóm.",
    ],
    // 5.7.321 (microsoft)
    [
        "Đích đến phải hỗ trợ TLS (DANE, vĩnh viễn)",
        "Exchange Online đã bỏ cuộc vì máy chủ đích được bảo vệ bằng DANE không hỗ trợ `STARTTLS` hoặc bắt tay TLS thất bại.",
        "Exchange Online gửi mã này dưới dạng lỗi vĩnh viễn kèm `starttls-not-supported`.",
        "Quản trị viên tên miền người nhận phải bật TLS trên máy chủ thư; sau đó người gửi có thể gửi lại.",
    ],
    // 5.7.322 (microsoft)
    [
        "Chứng chỉ của đích đến đã hết hạn (DANE, vĩnh viễn)",
        "Exchange Online đã bỏ cuộc vì máy chủ đích được bảo vệ bằng DANE liên tục xuất trình một chứng chỉ đã hết hạn.",
        "Exchange Online gửi mã này dưới dạng lỗi vĩnh viễn kèm `certificate-expired`.",
        "Quản trị viên tên miền người nhận phải gia hạn chứng chỉ; sau đó người gửi có thể gửi lại.",
    ],
    // 5.7.323 (microsoft)
    [
        "Tên miền không qua được kiểm tra DANE (vĩnh viễn)",
        "Exchange Online đã bỏ cuộc vì chứng chỉ của đích đến liên tục không khớp khi đối chiếu với các bản ghi TLSA của nó.",
        "Exchange Online gửi mã này dưới dạng lỗi vĩnh viễn kèm `tlsa-invalid`.",
        "Quản trị viên tên miền người nhận phải sửa các bản ghi TLSA hoặc chứng chỉ; sau đó người gửi có thể gửi lại.",
    ],
    // 5.7.324 (microsoft)
    [
        "Đích đến trả về bản ghi DNSSEC không hợp lệ (vĩnh viễn)",
        "Exchange Online đã bỏ cuộc vì các bản ghi DNSSEC của tên miền đích liên tục không xác thực được.",
        "Exchange Online gửi mã này dưới dạng lỗi vĩnh viễn kèm `dnssec-invalid`.",
        "Quản trị viên tên miền người nhận phải sửa việc ký DNSSEC của vùng DNS; sau đó người gửi có thể gửi lại.",
    ],
    // 5.7.325 (microsoft)
    [
        "Chứng chỉ không khớp với tên máy chủ (DANE, vĩnh viễn)",
        "Exchange Online đã bỏ cuộc vì chứng chỉ của máy chủ đích không khớp với tên máy chủ MX.",
        "Exchange Online gửi mã này dưới dạng lỗi vĩnh viễn kèm `certificate-host-mismatch`.",
        "Quản trị viên tên miền người nhận phải thay chứng chỉ bằng một chứng chỉ ghi tên máy chủ MX; sau đó người gửi có thể gửi lại.",
    ],
    // 5.7.367 (microsoft)
    [
        "Máy chủ từ xa báo không được phép chuyển tiếp (relay)",
        "Microsoft 365 đã chuyển tiếp hoặc relay một thư từ nhóm máy chủ relay (relay pool) của mình, và cổng thư kế tiếp đã từ chối nó vì coi đó là một lần thử relay. Microsoft dùng nhóm máy chủ này khi thư không đạt SPF hoặc DKIM lúc đến.",
        "Exchange Online gửi mã này cho thư được chuyển tiếp hoặc relay, thường gặp nhất khi có một cổng thư (gateway) của bên thứ ba đặt trước hoặc sau Microsoft 365.",
        "Quản trị viên Microsoft 365 nên làm cho bước xác thực đạt ngay khi thư đến, chẳng hạn bằng Enhanced Filtering for Connectors, và thêm các tên miền mà tổ chức quản lý làm tên miền được chấp nhận. Giảm bớt số chặng chuyển tiếp cũng có ích.",
    ],
    // 5.7.501 (microsoft)
    [
        "Truy cập bị từ chối, phát hiện lạm dụng gửi thư rác",
        "Microsoft 365 đã cấm tài khoản gửi vì tài khoản này đã gửi thư rác.",
        "Exchange Online gửi mã này cho chính người dùng của mình khi tài khoản của họ bị dùng để gửi thư rác, thường là sau khi bị chiếm quyền.",
        "Quản trị viên phải bảo mật tài khoản và đặt lại thông tin đăng nhập của nó, rồi nhờ bộ phận hỗ trợ của Microsoft khôi phục quyền gửi thư.",
    ],
    // 5.7.502 (microsoft)
    [
        "Truy cập bị từ chối, người gửi bị cấm",
        "Microsoft 365 đã cấm tài khoản gửi sau khi phát hiện thư rác được gửi từ tài khoản đó.",
        "Exchange Online gửi mã này cho những tài khoản bị chặn vì gửi thư rác.",
        "Quản trị viên phải xử lý các vấn đề của tài khoản, đặt lại thông tin đăng nhập và liên hệ bộ phận hỗ trợ của Microsoft để gỡ lệnh cấm.",
    ],
    // 5.7.503 (microsoft)
    [
        "Truy cập bị từ chối, người gửi bị cấm",
        "Microsoft 365 đã cấm tài khoản gửi sau khi phát hiện thư rác được gửi từ tài khoản đó.",
        "Exchange Online gửi mã này cho những tài khoản bị chặn vì gửi thư rác.",
        "Quản trị viên phải xử lý các vấn đề của tài khoản, đặt lại thông tin đăng nhập và liên hệ bộ phận hỗ trợ của Microsoft để gỡ lệnh cấm.",
    ],
    // 5.7.504 (microsoft)
    [
        "Địa chỉ người nhận bị từ chối, truy cập bị từ chối",
        "Địa chỉ người nhận không hợp lệ trong tổ chức Microsoft 365 bên nhận.",
        "Exchange Online Protection gửi mã này kèm nội dung `Recipient address rejected: Access denied`.",
        "Hãy kiểm tra địa chỉ người nhận rồi gửi lại; nếu vẫn tiếp tục thất bại, hãy hỏi người nhận địa chỉ đúng.",
    ],
    // 5.7.505 (microsoft)
    [
        "Truy cập bị từ chối, người nhận bị cấm",
        "Microsoft 365 coi địa chỉ người nhận là không hợp lệ và từ chối thư gửi tới địa chỉ đó.",
        "Exchange Online Protection gửi mã này cho những người nhận mà nó đã cấm.",
        "Hãy kiểm tra địa chỉ và liên lạc với người nhận bằng cách khác; nếu việc này có vẻ không đúng, quản trị viên bên nhận có thể hỏi bộ phận hỗ trợ của Microsoft.",
    ],
    // 5.7.506 (microsoft)
    [
        "Truy cập bị từ chối, HELO không hợp lệ",
        "Máy chủ gửi đã tự giới thiệu trong `HELO` hoặc `EHLO` bằng tên của máy chủ mà nó kết nối tới thay vì tên của chính nó, điều mà Microsoft coi là hành vi của bot phát tán thư rác.",
        "Exchange Online Protection gửi mã này ngay đầu phiên khi gặp máy khách bị cấu hình sai hoặc có ý đồ xấu.",
        "Hãy cấu hình máy chủ gửi để dùng tên máy chủ đầy đủ (FQDN) của chính nó trong `EHLO`.",
    ],
    // 5.7.507 (microsoft)
    [
        "Truy cập bị từ chối, bị người nhận từ chối",
        "Tổ chức của người nhận đã chặn địa chỉ IP mà thư được gửi từ đó.",
        "Exchange Online Protection gửi mã này khi tenant bên nhận đã chặn máy chủ gửi.",
        "Hãy liên hệ người nhận qua kênh khác và nhờ quản trị viên của họ gỡ lệnh chặn.",
    ],
    // 5.7.508 (microsoft)
    [
        "Truy cập bị từ chối, vượt giới hạn cho phép đối với dải IPv6",
        "Dải IPv6 của người gửi đã gửi quá nhiều thư trong thời gian quá ngắn.",
        "Exchange Online Protection gửi mã này cho những người gửi qua IPv6 vượt tốc độ cho phép tính theo từng dải địa chỉ.",
        "Hãy gửi chậm lại từ dải địa chỉ đó và để hàng đợi thử lại sau.",
    ],
    // 5.7.509 (microsoft)
    [
        "Truy cập bị từ chối, tên miền gửi không đạt DMARC",
        "Tên miền trong tiêu đề `From` không đạt DMARC và công bố chính sách từ chối (reject), nên Microsoft đã từ chối thư.",
        "Exchange Online và Outlook.com gửi mã này khi cả SPF lẫn DKIM đều không đạt với một tên miền khớp với tên miền `From`, và chính sách của tên miền là `p=reject`; việc chuyển tiếp thư có thể gây ra lỗi này.",
        "Quản trị viên bên gửi phải sửa SPF, chữ ký DKIM và việc căn chỉnh (alignment) của tên miền; các báo cáo DMARC và những tiêu đề được gửi kèm trong thư báo trả lại cho biết bước kiểm tra nào thất bại.",
    ],
    // 5.7.510 (microsoft)
    [
        "Người nhận không nhận email qua IPv6",
        "Thư đến qua IPv6, nhưng tên miền của người nhận chỉ nhận thư qua IPv4.",
        "Exchange Online Protection gửi mã này cho người gửi qua IPv6 đối với những tên miền chưa bật nhận thư qua IPv6.",
        "Hãy gửi tới tên miền đó qua IPv4, chẳng hạn bằng cách cấu hình máy chủ gửi ưu tiên IPv4 cho các máy chủ MX của tên miền.",
    ],
    // 5.7.511 (microsoft)
    [
        "Truy cập bị từ chối, IP người gửi bị cấm",
        "Microsoft 365 đã cấm địa chỉ IP mà thư được gửi từ đó.",
        "Exchange Online Protection gửi mã này cho những máy chủ nằm trong danh sách chặn của nó.",
        "Hãy loại bỏ nguyên nhân dẫn đến lệnh cấm, rồi yêu cầu gỡ khỏi danh sách bằng cách gửi email cho Microsoft kèm toàn bộ thông báo lỗi và địa chỉ IP, hoặc dùng cổng gỡ danh sách (delist portal).",
    ],
    // 5.7.512 (microsoft)
    [
        "Thư phải tuân thủ RFC 5322 mục 3.6.2",
        "Trường tiêu đề `From` của thư không có địa chỉ hợp lệ, nên Microsoft 365 đã từ chối thư.",
        "Exchange Online gửi mã này cho những thư có trường `From` bị thiếu, để trống hoặc sai định dạng, chẳng hạn không có dấu ngoặc nhọn quanh địa chỉ.",
        "Hãy sửa chương trình gửi để mọi thư đều có trường `From` chứa một địa chỉ đúng định dạng.",
    ],
    // 5.7.513 (microsoft)
    [
        "Máy khách bị chặn bởi danh sách chặn tùy chỉnh của bên nhận",
        "Tổ chức bên nhận đã đưa địa chỉ IP gửi vào danh sách chặn riêng của họ trong Microsoft 365; nội dung phản hồi kết thúc bằng `AS16012607`.",
        "Exchange Online Protection gửi mã này khi địa chỉ IP đang kết nối nằm trong danh sách chặn tùy chỉnh của tenant bên nhận.",
        "Chỉ tổ chức bên nhận mới có thể gỡ mục này. Hãy liên hệ trực tiếp với họ và đề nghị bỏ chặn địa chỉ IP.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Tên miền gửi không đáp ứng mức xác thực bắt buộc",
        "Outlook.com đã từ chối thư vì tên miền trong tiêu đề `From` không đáp ứng mức xác thực mà Microsoft yêu cầu đối với người gửi số lượng lớn tới các dịch vụ thư dành cho người dùng cá nhân của mình.",
        "Outlook.com, Hotmail, Live.com và MSN gửi mã này cho những tên miền gửi tới các dịch vụ đó từ 5.000 thư trở lên mà không đạt cả SPF lẫn DKIM, hoặc không có bản ghi DMARC đạt với tên miền khớp.",
        "Quản trị viên bên gửi phải công bố SPF và DKIM sao cho cả hai đều đạt, công bố một bản ghi DMARC (tối thiểu `p=none`), và làm cho SPF hoặc DKIM khớp với tên miền `From`. Sau đó hãy gửi lại.",
    ],
    // 5.7.606 (microsoft)
    [
        "Truy cập bị từ chối, IP gửi bị cấm",
        "Microsoft 365 đã cấm địa chỉ IP mà thư được gửi từ đó vì uy tín của địa chỉ này.",
        "Exchange Online Protection gửi mã này cho những máy chủ có IP nằm trong danh sách chặn của nó, chẳng hạn sau khi bị chiếm quyền hoặc phát sinh lưu lượng độc hại.",
        "Hãy chấm dứt nguyên nhân và tuân thủ các quy tắc gửi thư tốt, rồi yêu cầu gỡ địa chỉ IP qua cổng tự phục vụ gỡ danh sách (delist portal) của Microsoft.",
    ],
    // 5.7.703 (microsoft)
    [
        "Người nhận bị chặn bởi Tenant Allow/Block List",
        "Một người trong tổ chức đã gửi tới một địa chỉ hoặc tên miền mà chính tổ chức chặn trong Tenant Allow/Block List của mình, và toàn bộ thư đã bị dừng lại.",
        "Exchange Online gửi mã này cho người gửi nội bộ; chỉ cần một người nhận bị chặn là thư bị dừng cho mọi người nhận.",
        "Hãy bỏ người nhận bị chặn rồi gửi lại, hoặc nhờ quản trị viên thay đổi mục chặn.",
    ],
    // 5.7.705 (microsoft)
    [
        "Truy cập bị từ chối, tenant đã vượt ngưỡng",
        "Microsoft 365 đã chặn thư gửi đi của toàn bộ tổ chức vì quá nhiều lưu lượng của tổ chức là thư rác hoặc thư hàng loạt.",
        "Exchange Online gửi mã này sau khi các máy chủ hoặc tài khoản quản trị bị chiếm quyền đã gửi thư rác, và hiếm khi là sau khi gói đăng ký được gia hạn trễ.",
        "Quản trị viên phải tìm và chặn nguồn gửi bằng các báo cáo luồng thư (mail flow reports) và công cụ truy vết thư (message trace), rồi giải thích nguyên nhân với bộ phận hỗ trợ của Microsoft để được gỡ lệnh chặn.",
    ],
    // 5.7.708 (microsoft)
    [
        "Truy cập bị từ chối, không chấp nhận lưu lượng từ IP này",
        "Microsoft 365 không gửi thư từ những địa chỉ IP có uy tín thấp thường được cấp cho các tenant mới.",
        "Exchange Online gửi mã này cho các tenant mới hoặc đang dùng thử, hoặc cho các tenant có lưu lượng trông đáng ngờ.",
        "Quản trị viên nên xử lý mọi trường hợp bị chiếm quyền hoặc relay mở, rồi liên hệ bộ phận hỗ trợ của Microsoft; tenant dùng thử có thể xin ngoại lệ cho đến khi mua giấy phép.",
    ],
    // 5.7.750 (microsoft)
    [
        "Máy khách bị chặn gửi thư từ các tên miền chưa đăng ký",
        "Tổ chức đã gửi nhiều thư từ những tên miền chưa được thêm và xác minh trong Microsoft 365, và Microsoft đã chặn các thư đó.",
        "Exchange Online gửi mã này khi thư từ các tên miền chưa được thiết lập, thường là qua trình kết nối, vượt quá mức Microsoft chấp nhận.",
        "Hãy thêm và xác minh mọi tên miền gửi làm tên miền được chấp nhận, hoặc dùng trình kết nối dựa trên chứng chỉ; đồng thời kiểm tra xem có trình kết nối lạ nào do kẻ tấn công tạo ra không.",
    ],
    // 5.7.800 (microsoft)
    [
        "Truy cập bị từ chối, tên miền người gửi bị cấm",
        "Microsoft 365 đã cấm tên miền được dùng trong `EHLO`, `MAIL FROM` hoặc `From` vì thư rác đã được gửi bằng tên miền đó.",
        "Exchange Online gửi mã này cho những thư có tên miền người gửi nằm trong danh sách cấm của nó.",
        "Hãy chấm dứt thư rác từ tên miền đó, rồi liên hệ bộ phận hỗ trợ của Microsoft để khôi phục quyền gửi thư của tên miền.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Bị từ chối bởi một quy tắc luồng thư",
        "Một quy tắc luồng thư (mail flow rule, hay transport rule) trên máy chủ Exchange đã từ chối thư. Exchange chỉ dùng một mã trong dải này khi hành động từ chối của quy tắc được gán mã đó; nếu không, cùng lời từ chối ấy sẽ đến dưới dạng `5.7.1`.",
        "Exchange gửi mã này trong thư báo trả lại khi thư khớp với một quy tắc từ chối do quản trị viên đặt ra, chẳng hạn quy tắc chặn một số người gửi, từ ngữ hoặc tệp đính kèm nhất định.",
        "Người gửi không thể thay đổi kết quả bằng cách gửi lại. Hãy hỏi quản trị viên Exchange bên nhận xem quy tắc nào đã từ chối thư; nội dung sau mã chính là nội dung được thiết lập cho quy tắc đó.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES bỏ luôn thư bị từ chối theo cách này thay vì đưa nó vào hàng đợi, nên ứng dụng gửi phải tự thử gửi lại, và chờ lâu hơn trước mỗi lần thử mới.",
    // amazon_ses.daily_quota
    "Tài khoản đã dùng hết số thư mà Amazon SES cho phép gửi trong 24 giờ; việc gửi sẽ hoạt động lại khi khung 24 giờ trôi qua, hoặc sau khi hạn mức được nâng lên trong bảng điều khiển SES.",
    // amazon_ses.identity_not_verified
    "Amazon SES đối chiếu các địa chỉ From, Source, Sender và Return-Path với các danh tính (identity) đã được xác minh trong cùng một AWS Region; khi tài khoản còn ở chế độ sandbox, mọi người nhận cũng phải được xác minh.",
    // amazon_ses.credentials_invalid
    "Amazon SES cần thông tin đăng nhập SMTP riêng của nó, khác với khóa truy cập AWS (access key) của tài khoản; hãy tạo thông tin đăng nhập SMTP trong bảng điều khiển SES và dùng chúng.",
    // amazon_ses.account_not_subscribed
    "Tài khoản AWS sở hữu thông tin đăng nhập SMTP này chưa đăng ký sử dụng Amazon SES.",
    // amazon_ses.iam_not_authorized
    "Đăng nhập đã thành công, nhưng chính sách IAM hoặc chính sách ủy quyền gửi (sending authorization) của người dùng ứng với thông tin đăng nhập SMTP không cho phép gửi qua điểm cuối SMTP của SES.",
    // amazon_ses.sending_paused
    "Amazon SES đã tạm dừng việc gửi cho toàn bộ tài khoản AWS, thường là sau khi xem xét tỷ lệ thư bị trả lại hoặc tỷ lệ khiếu nại của tài khoản, và đã gửi thông báo về việc này tới địa chỉ email của tài khoản AWS.",
    // amazon_ses.message_too_long
    "Giao diện SMTP của SES từ chối thư lớn hơn kích thước tối đa mà Amazon SES công bố cho tài khoản; hãy giảm dung lượng hoặc bỏ bớt tệp đính kèm.",
    // amazon_ses.timeout_waiting_for_data
    "Máy khách để quá lâu giữa các lệnh, nên máy chủ SMTP của SES đã đóng kết nối.",
    // amazon_ses.temporary_auth_failure
    "Chính Amazon SES gặp sự cố khi kiểm tra thông tin đăng nhập SMTP; hãy chờ một lát rồi thử lại trước khi thay đổi bất cứ điều gì.",
    // amazon_ses.global_suppression
    "Amazon SES không thử gửi tới địa chỉ này vì nó nằm trong danh sách loại trừ (suppression list) của SES sau những lần bị trả lại vĩnh viễn gần đây; hãy gỡ địa chỉ khỏi danh sách gửi thư của bạn thay vì gửi lại.",
    // apple.spamhaus_dbl
    "Ở đây, thứ nằm trong danh sách chặn tên miền của Spamhaus là một tên miền bên trong thư, chẳng hạn tên miền trong một liên kết, chứ không phải địa chỉ IP gửi.",
    // apple.proofpoint_blocklist
    "Apple từ chối địa chỉ IP gửi vì danh sách chặn của Proofpoint; liên kết trong phản hồi dẫn tới trang tra cứu địa chỉ đó trên danh sách này.",
    // barracuda.blocked_using_barracuda_reputation
    "Địa chỉ IP mà thiết bị Barracuda nêu ra có thể được lấy từ một trường tiêu đề `Received` chứ không phải từ máy chủ đang kết nối, nên hãy xác định đó là địa chỉ nào trước khi yêu cầu gỡ khỏi danh sách.",
    // barracuda.reputation_lookup_link
    "Liên kết dẫn tới trang tra cứu của Barracuda Central cho địa chỉ IP gửi, nơi có thể yêu cầu gỡ khỏi danh sách sau khi đã khắc phục nguyên nhân phát sinh thư rác.",
    // barracuda.ess_permanent_failure_blocked
    "Dịch vụ Barracuda của bên nhận đã từ chối thư theo một trong các chính sách của nó, chẳng hạn chặn người gửi, bộ lọc nội dung hoặc kiểm tra uy tín. Chỉ quản trị viên bên nhận mới xem được lý do trong nhật ký thư của Barracuda.",
    // cisco.poor_reputation
    "Địa chỉ IP gửi có điểm uy tín SenderBase (Talos) thấp, nên bảng kiểm soát truy cập máy chủ (host access table) của thiết bị xếp nó vào nhóm người gửi bị chặn. Quản trị viên bên nhận có thể thêm người gửi vào một nhóm người gửi được cho phép.",
    // comcast.es000001
    "Comcast không nhận thư gửi trực tiếp từ các địa chỉ dành cho hộ gia đình của chính mình; khách hàng của Comcast phải gửi qua `smtp.comcast.net`, và lệnh chặn này không thể được gỡ bỏ.",
    // comcast.es000010
    "Comcast coi địa chỉ gửi là địa chỉ động hoặc địa chỉ hộ gia đình, thường vì tên DNS ngược của nó không theo cách đặt tên của một địa chỉ tĩnh.",
    // comcast.bl000001
    "Địa chỉ gửi nằm trong danh sách Spamhaus ZEN; việc gỡ khỏi danh sách phải làm qua Spamhaus.",
    // comcast.bl000010
    "Địa chỉ gửi bị Cloudmark CSI liệt kê; việc gỡ khỏi danh sách phải làm qua Cloudmark.",
    // comcast.bl000011
    "Địa chỉ gửi vừa nằm trong Spamhaus ZEN vừa bị Cloudmark CSI liệt kê.",
    // comcast.bl000100
    "Địa chỉ gửi nằm trong danh sách chặn SenderScore.",
    // comcast.bl000101
    "Địa chỉ gửi nằm trong cả hai danh sách chặn Spamhaus ZEN và SenderScore.",
    // comcast.bl000110
    "Địa chỉ gửi nằm trong danh sách chặn SenderScore và cũng bị Cloudmark CSI liệt kê.",
    // comcast.bl006
    "Trong mã cũ này, Comcast nêu tên danh sách Spamhaus SBL hoặc XBL; việc gỡ khỏi danh sách phải làm qua Spamhaus.",
    // comcast.bl007
    "Trong mã cũ này, Comcast nêu tên Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast giới hạn số kết nối đồng thời từ một địa chỉ gửi (25 kết nối, theo trang postmaster của Comcast).",
    // comcast.reverse_dns_failure
    "Comcast yêu cầu mọi địa chỉ gửi phải có DNS ngược hợp lệ; phản hồi này là tạm thời vì có thể việc tra cứu chỉ tạm thời thất bại, nên có thể thử lại.",
    // courier.sender_domain_does_not_exist
    "Courier đã kiểm tra tên miền của địa chỉ `MAIL FROM` (khi bật `BOFHCHECKDNS`) và thấy tên miền đó không tồn tại trong DNS; tên miền bị lỗi là của người gửi, không phải của người nhận.",
    // courier.sender_mx_violates_rfc1035
    "Các bản ghi MX của tên miền người gửi trỏ tới địa chỉ IP thay vì tên máy chủ, điều mà DNS không cho phép. Quản trị viên bên gửi phải trỏ chúng tới tên máy chủ.",
    // courier.unicode_to_non_unicode
    "Thư hoặc các địa chỉ của nó cần `SMTPUTF8`, nhưng máy chủ nhận không hỗ trợ. Hãy gửi từ hoặc tới một địa chỉ thuần ASCII, hoặc nhờ quản trị viên bên nhận bật `SMTPUTF8`.",
    // exchange_server.bad_outbound_sender
    "Trên Exchange Server, điều này thường có nghĩa là người gửi đã vượt giới hạn tốc độ gửi thư, chẳng hạn một ứng dụng chuyển tiếp nhiều thư qua Exchange. Quản trị viên có thể nâng giới hạn trên Receive connector hoặc thiết lập một relay connector riêng cho ứng dụng.",
    // exchange_server.single_label_domain
    "Địa chỉ người nhận có tên miền không chứa dấu chấm (chẳng hạn `contoso` thay vì `contoso.com`), loại địa chỉ mà các Receive connector của Exchange từ chối theo mặc định.",
    // exchange_server.too_many_related_errors
    "Exchange đánh giá thư bị sai định dạng và đã chuyển nó vào hàng đợi thư độc (poison message queue), nơi quản trị viên có thể kiểm tra thư.",
    // exchange_server.abp_routing
    "Tác nhân định tuyến Address Book Policy đang được sử dụng và người nhận không có trong danh sách địa chỉ thuộc chính sách sổ địa chỉ của người gửi, nên hai người không được gửi thư cho nhau.",
    // exchange_server.unrecognized_command_internal
    "Giữa các máy chủ Exchange, điều này cho thấy một Receive connector dành cho thư nội bộ thiếu phương thức xác thực Exchange Server; quản trị viên phải sửa thiết lập xác thực của connector đó.",
    // exchange_server.system_incorrectly_configured
    "Exchange báo vòng lặp thư theo cách này, thường là khi FQDN đặt trên một Receive connector trùng với FQDN của một máy chủ hoặc thiết bị khác trong luồng thư.",
    // exchange_server.exchange_authentication
    "Một tường lửa hoặc thiết bị khác nằm giữa các máy chủ Exchange đã chặn lệnh `X-EXPS` mà cơ chế xác thực Exchange Server cần, hoặc thư nội bộ đi qua một connector không được thiết lập cho cơ chế này.",
    // exim.retry_time_not_reached
    "Lần này Exim không thử kết nối tới các máy chủ đích vì những lần thử trước đó đã thất bại và chưa đến thời điểm thử lại; Exim giữ thư và sẽ thử lại sau. Lỗi đầu tiên được ghi trong nhật ký của Exim.",
    // exim.lines_too_long_for_transport
    "Thư có một dòng dài hơn giới hạn `message_linelength_limit` của SMTP transport (mặc định 998 ký tự), nên Exim sẽ không gửi thư ở dạng hiện tại. Chương trình gửi phải ngắt các dòng dài hoặc dùng một kiểu mã hóa truyền tải như quoted-printable hoặc base64.",
    // exim.host_lookup_did_not_complete
    "Việc tra cứu DNS cho tên miền người nhận đã hết thời gian chờ hoặc tạm thời thất bại; Exim hoãn thư và thử lại.",
    // exim.mx_no_smtp_service
    "Tên miền công bố một bản ghi MX trỏ tới `.` (null MX), nghĩa là nó hoàn toàn không nhận thư.",
    // fastmail.relay_access_denied
    "Khi đến từ Fastmail, phản hồi này thường có nghĩa là chương trình thư chưa đăng nhập vào máy chủ thư đi của Fastmail; hãy bật xác thực SMTP trong phần cài đặt của chương trình.",
    // fastmail.content_rejected
    "Fastmail dùng phản hồi này cho thư có thể chứa vi-rút hoặc đã từng bị báo cáo là thư rác; tệp đính kèm bị nhận nhầm là vi-rút có thể lọt qua nếu được gửi dưới dạng tệp zip.",
    // fastmail.access_denied
    "Fastmail đã chặn người gửi hoặc người nhận, chẳng hạn sau các báo cáo thư rác hoặc do hệ thống chống lạm dụng của họ; chương trình thư bị cài đặt sai cũng có thể gây ra lỗi này, và phần còn lại của thư báo trả lại sẽ cho biết thêm.",
    // fastmail.address_locked
    "Tài khoản Fastmail của địa chỉ này đã bị khóa hoặc vô hiệu hóa, nên sẽ không nhận được thư cho đến khi chủ tài khoản giải quyết xong với bộ phận hỗ trợ của Fastmail.",
    // free.spam_detected
    "Nếu bạn không gửi thư bị từ chối này, có thể ai đó đã giả mạo địa chỉ của bạn và Free đã từ chối thư rác của họ.",
    // free.ip_blocked
    "Free chặn một địa chỉ tối đa 24 giờ tùy theo lượng thư rác hoặc lỗi mà địa chỉ đó đã gửi, rồi tự gỡ lệnh chặn; sau khi đã khắc phục, Free vẫn có thể liệt kê lại địa chỉ đó trong 24 đến 48 giờ.",
    // gmx.ip_block_listed
    "Dòng cuối của phản hồi có liên kết tới một trang postmaster của GMX dành cho trường hợp này; trang đó giải thích lý do bị liệt kê và cung cấp cách liên hệ với GMX.",
    // gmx.too_many_messages
    "Hãy thử lại sau vài giờ và gửi chậm hơn; nếu vẫn không được, hãy liên hệ nhóm postmaster của WEB.DE.",
    // gmx.spf_policy
    "Các máy chủ chuyển tiếp giữ nguyên `MAIL FROM` gốc sẽ không qua được bước kiểm tra này; WEB.DE khuyên họ dùng SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "GMX và WEB.DE cũng dùng nội dung này cho hộp thư đã bị vô hiệu hóa sau một thời gian dài không sử dụng.",
    // gmx.policy_ip_based
    "Khi một tỷ lệ lớn thư từ một địa chỉ IP bị xếp vào loại thư rác, WEB.DE từ chối mọi thư từ địa chỉ đó trong một thời gian.",
    // gmx.policy_domain_based
    "WEB.DE biết tên miền của người gửi là một nguồn phát tán thư rác.",
    // gmx.policy_header_based
    "Thông tin trong phần tiêu đề của thư không đáp ứng các tiêu chuẩn hoặc chính sách email của WEB.DE, hoặc trông không đáng tin.",
    // gmx.syntax_error_configuration
    "GMX và WEB.DE dùng nội dung này khi cấu hình của máy chủ gửi vi phạm quy định của họ; quản trị viên máy chủ đó phải sửa cấu hình rồi đề nghị GMX hoặc WEB.DE gỡ lệnh chặn.",
    // gmx.ionos_policy_violations
    "IONOS chặn các địa chỉ IP gửi có tỷ lệ chuyển phát kém, chủ yếu do gửi thư tới nhiều địa chỉ không tồn tại, và làm chậm các máy chủ có tên `HELO` liên tục thay đổi. Hãy làm sạch danh sách địa chỉ và dùng một tên `HELO` cố định.",
    // godaddy.ib401_auth_on_inbound
    "Các máy chủ nhận thư của GoDaddy không chấp nhận đăng nhập; chương trình thư đang được cài sai máy chủ thư đi và phải dùng `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy đã từ chối thư vì trường From của thư bị để trống.",
    // godaddy.ib502_ip_as_from
    "GoDaddy từ chối những thư có địa chỉ From dùng địa chỉ IP thay cho tên miền.",
    // godaddy.ib506_from_domain_invalid
    "Tên miền From không có bản ghi MX hay bản ghi địa chỉ nào dùng được, hoặc việc tra cứu DNS của nó thất bại; hãy sửa vùng DNS của tên miền trước khi gửi lại.",
    // godaddy.ib508_invalid_spf
    "Bản ghi SPF của tên miền người gửi không cho phép máy chủ đã gửi thư; hãy thêm máy chủ đó vào bản ghi SPF.",
    // godaddy.ib212_spam_content
    "Một liên kết, tệp đính kèm hoặc mẫu nội dung trong thư đã khớp với bộ lọc thư rác của GoDaddy.",
    // godaddy.ib007_too_many_sessions
    "Địa chỉ IP gửi đang mở cùng lúc quá nhiều phiên SMTP tới GoDaddy.",
    // godaddy.ib101_server_busy
    "Hàng đợi thư của GoDaddy đang phải xử lý nhiều thư hơn bình thường; hãy thử lại sau.",
    // godaddy.ib110_spam_block_hour
    "Địa chỉ IP gửi đã gửi quá nhiều thư bị GoDaddy đánh giá là thư rác, nên bị chặn trong một giờ.",
    // godaddy.ib111_spam_block_day
    "Địa chỉ IP gửi đã gửi quá nhiều thư bị GoDaddy đánh giá là thư rác, nên bị chặn đến hết ngày.",
    // godaddy.ib112_invalid_recipients_hour
    "Địa chỉ IP gửi đã thử gửi tới quá nhiều địa chỉ không tồn tại, nên bị chặn trong một giờ.",
    // godaddy.ib113_invalid_recipients_day
    "Địa chỉ IP gửi đã thử gửi tới quá nhiều địa chỉ không tồn tại, nên bị chặn đến hết ngày.",
    // godaddy.ib510_messages_per_session
    "Phiên đã đạt số thư tối đa mà GoDaddy cho phép; hãy mở một kết nối mới để gửi các thư còn lại.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy đã từ chối kết nối vì địa chỉ IP gửi có uy tín kém theo đánh giá của Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "Địa chỉ IP gửi nằm trong Spamhaus Block List (SBL); việc gỡ khỏi danh sách phải được yêu cầu với Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "Địa chỉ IP gửi nằm trong Spamhaus Exploits Block List (XBL); việc gỡ khỏi danh sách phải được yêu cầu với Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "Địa chỉ IP gửi nằm trong Spamhaus Policy Block List (PBL); việc gỡ khỏi danh sách phải được yêu cầu với Spamhaus.",
    // godaddy.rbl_reject
    "Danh sách chặn riêng của GoDaddy đang liệt kê địa chỉ IP gửi; hãy dùng liên kết trong thư báo trả lại để đề nghị GoDaddy gỡ địa chỉ đó.",
    // godaddy.account_disabled
    "Theo GoDaddy, những tài khoản như vậy thường bị vô hiệu hóa vĩnh viễn.",
    // google.dmarc_policy_rejection
    "Gmail nêu tên miền `From` có chính sách DMARC đã từ chối thư; người cần liên hệ là quản trị viên của tên miền đó.",
    // google.spf_hard_fail
    "Tên miền của người gửi trên phong bì thư công bố bản ghi SPF kết thúc bằng `-all` và địa chỉ IP gửi không có trong đó, nên Gmail từ chối thư ngay lập tức.",
    // google.spf_or_dkim_required
    "Gmail yêu cầu mọi người gửi, không chỉ người gửi hàng loạt, phải đạt ít nhất một trong hai kiểm tra SPF hoặc DKIM; phản hồi liệt kê kết quả của từng kiểm tra.",
    // google.spf_suspicious_entries
    "Gmail phản đối chính bản ghi SPF, nên quản trị viên tên miền phải xem lại và dọn dẹp bản ghi này.",
    // google.spf_did_not_pass
    "Gmail dùng `7.27` để báo rằng thư không đạt SPF, chứ không theo nghĩa đã đăng ký với IANA là tên miền người gửi có null MX.",
    // google.dkim_did_not_pass
    "Gmail dùng `7.30` để báo rằng thư không đạt DKIM, chứ không theo nghĩa đã đăng ký với IANA là bắt buộc phải hỗ trợ `REQUIRETLS`.",
    // google.unauthenticated
    "Gmail gửi `7.26` khi cả SPF lẫn DKIM đều không đạt; nếu nội dung phản hồi nêu một chính sách DMARC thì quy tắc về DMARC được áp dụng.",
    // google.not_sent_over_tls
    "Gmail dùng `7.29` để báo rằng thư không đến qua kết nối được mã hóa, chứ không theo nghĩa đã đăng ký với IANA là xác thực ARC thất bại. Máy chủ gửi phải dùng `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "Quản trị viên Google Workspace bên nhận yêu cầu thư tới tên miền phải được chuyển phát qua kết nối mã hóa, nên máy chủ gửi phải dùng `STARTTLS`.",
    // google.ipv6_guidelines
    "Qua IPv6, Gmail yêu cầu địa chỉ gửi vừa có bản ghi PTR khớp, vừa đạt kiểm tra SPF hoặc DKIM.",
    // google.ptr_rate_limited
    "Gmail dùng `4.7.23` cho địa chỉ IP gửi không có bản ghi PTR, hoặc có tên không phân giải ngược về chính địa chỉ đó, chứ không theo nghĩa đã đăng ký với IANA là lỗi SPF.",
    // google.same_message_id_quota
    "Gmail giới hạn số bản sao có cùng một `Message-ID` mà nó nhận; mỗi thư gửi đi nên có `Message-ID` riêng.",
    // google.unsolicited_rate_limited
    "Gmail dùng `4.7.28` khi thư từ IP, dải IP, tên miền DKIM hoặc SPF của bạn, hoặc thư chứa một trong các tên miền liên kết của bạn, có vẻ là thư không được yêu cầu với tần suất bất thường, và hoãn nhận thư đó trong một thời gian.",
    // google.ip_not_in_whitelist
    "Tên miền Google Workspace của người nhận chỉ nhận thư từ những địa chỉ IP mà quản trị viên của nó đã cho phép.",
    // google.not_authorized_to_send_directly
    "Gmail không nhận thư gửi trực tiếp từ địa chỉ IP gửi này; thay vào đó, hãy gửi qua relay của nhà cung cấp của bạn.",
    // google.receiving_too_quickly
    "Gmail dùng `4.2.1` cho người nhận đang nhận thư nhanh hơn mức Gmail chấp nhận, hoặc cho khách hàng Workspace vượt quá tốc độ relay tối đa, chứ không dùng cho hộp thư bị vô hiệu hóa.",
    // google.daily_relay_limit
    "Giới hạn áp dụng cho từng người dùng hoặc từng khách hàng Workspace trên `smtp-relay.gmail.com`; quản trị viên Workspace xem các giới hạn này ở phần cài đặt SMTP relay.",
    // google.daily_quota_code
    "Gmail dùng `5.4.5` cho tài khoản hoặc relay đã đạt giới hạn gửi hằng ngày, chứ không dùng cho hệ thống thư bị quá tải.",
    // google.inbox_out_of_storage
    "Dung lượng lưu trữ của Gmail được dùng chung với Google Drive và Photos, nên người nhận có thể giải phóng chỗ trống ở bất kỳ dịch vụ nào trong số đó.",
    // google.custom_domain_policy
    "`gcdp` có nghĩa là thư bị từ chối bởi một quy tắc do quản trị viên Google Workspace đặt ra, chứ không phải bởi bộ lọc của chính Gmail; chỉ quản trị viên đó mới có thể cho biết lý do hoặc thay đổi quy tắc.",
    // google.web_login_required
    "Gmail dùng `5.7.14` khi chủ tài khoản phải đăng nhập qua trình duyệt web trước thì chương trình thư mới được phép đăng nhập, chứ không theo nghĩa đã đăng ký với IANA là thiếu quan hệ tin cậy.",
    // google.mail_relay_denied
    "Với `smtp-relay.gmail.com`, quản trị viên Workspace phải đăng ký địa chỉ IP của thiết bị gửi trong phần cài đặt SMTP relay, hoặc cho thiết bị đăng nhập bằng `AUTH`.",
    // google.invalid_credentials_for_relay
    "Địa chỉ IP đã đăng ký không thuộc về tên miền gửi thư; máy chủ gửi phải đăng nhập bằng `AUTH` hoặc nêu một trong các tên miền Workspace trong `HELO` hoặc `EHLO`.",
    // google.mail_sending_denied
    "Tài khoản gửi đã bị tạm ngưng, hoặc không phải là người dùng của tên miền Google Workspace sở hữu phần cài đặt relay.",
    // haraka.early_talker
    "Plugin early_talker của Haraka chờ một chút trước khi trả lời và ngắt kết nối với những máy khách gửi dữ liệu trước khi nó trả lời. Máy khách tuân thủ chuẩn sẽ chờ từng phản hồi rồi mới gửi lệnh tiếp theo.",
    // haraka.no_mx_for_from
    "Tên miền của địa chỉ `MAIL FROM` không có bản ghi MX nào dẫn tới một địa chỉ dùng được, nên thư trả lời và thư báo trả lại không thể tới được tên miền đó. Quản trị viên bên gửi phải công bố các bản ghi MX hoạt động được.",
    // haraka.ssl_on_plain_socket
    "Máy khách đã bắt đầu bắt tay TLS trên một cổng dành cho SMTP thuần (không mã hóa). Hãy dùng `STARTTLS` trên cổng này, hoặc kết nối tới cổng dành cho TLS ngầm định (thường là `465`).",
    // haraka.spoofed_mail_from
    "Địa chỉ `MAIL FROM` dùng một tên miền mà máy chủ Haraka này chuyển tiếp thư cho, nhưng máy khách không được phép relay (chẳng hạn vì chưa đăng nhập). Người gửi thuộc tên miền đó phải gửi qua máy chủ của chính họ với `AUTH`.",
    // haraka.split_transaction
    "Tên miền của người nhận này đi tới một chặng kế tiếp khác với các người nhận đã được chấp nhận; máy khách nên chuyển thư cho những người đó rồi gửi cho người nhận này trong một giao dịch mới.",
    // haraka.credential_leak
    "Phần thân thư chứa tên người dùng và mật khẩu mà người gửi đã dùng để đăng nhập, nên Haraka đã từ chối gửi thư. Hãy xóa thông tin đăng nhập khỏi thư trước khi gửi.",
    // mail_ru.spam_message_rejected
    "Phản hồi có liên kết tới trang hỗ trợ chống thư rác của Mail.ru, kèm một mã lỗi và một mã định danh (ID); hãy trích dẫn chúng khi đề nghị Mail.ru xem xét lại một thư hợp lệ.",
    // mail_ru.dmarc_policy
    "Nguyên nhân thường gặp là một trang web hoặc script gửi thư với địa chỉ Mail.ru trong `From` qua máy chủ riêng của nó; thay vào đó, hãy gửi từ một địa chỉ thuộc tên miền của chính bạn.",
    // mail_ru.dynamic_ips
    "Mail.ru từ chối thư gửi thẳng từ những địa chỉ mà họ xếp vào loại địa chỉ động, chẳng hạn kết nối internet gia đình; hãy gửi qua một máy chủ thư có địa chỉ cố định và DNS ngược đúng, hoặc qua nhà cung cấp của bạn.",
    // mail_ru.sending_disabled
    "Mail.ru đã chặn việc gửi thư từ tài khoản này, thường vì nghi ngờ mật khẩu bị đánh cắp và bị dùng để phát tán thư rác. Hãy đổi hoặc khôi phục mật khẩu và xác nhận quyền sở hữu hộp thư để có thể gửi thư trở lại.",
    // mailgun.previously_bounced
    "Mailgun không thử gửi tới địa chỉ này vì nó nằm trong danh sách loại trừ thư bị trả lại (bounce suppression list) của tên miền gửi sau một lần bị trả lại vĩnh viễn trước đó; chỉ gỡ mục loại trừ khi biết chắc địa chỉ đã hoạt động trở lại.",
    // mailgun.unsubscribed
    "Người nhận đã hủy đăng ký, nên Mailgun loại trừ địa chỉ này; chỉ gỡ nó khỏi danh sách Suppressions khi người nhận đồng ý nhận thư trở lại.",
    // mailgun.marked_as_spam
    "Người nhận đã đánh dấu thư trước đó là thư rác, nên Mailgun loại trừ địa chỉ này; chỉ gỡ nó khỏi danh sách Suppressions khi người nhận đồng ý nhận thư trở lại.",
    // mailgun.sandbox_domain
    "Tên miền sandbox của Mailgun chỉ gửi tới những Authorized Recipients đã chấp nhận lời mời; hãy thêm tên miền của chính bạn, hoặc thêm địa chỉ này làm Authorized Recipient.",
    // mailgun.free_account
    "Tài khoản Mailgun miễn phí chỉ được gửi tới Authorized Recipients; hãy nâng cấp tài khoản hoặc thêm địa chỉ này làm Authorized Recipient.",
    // mailgun.domain_unverified
    "Mailgun sẽ không gửi thư cho một tên miền cho đến khi các bản ghi DNS của nó được xác minh; hãy công bố các bản ghi hiển thị trong bảng điều khiển Mailgun rồi xác minh lại tên miền.",
    // mailgun.domain_limit_exceeded
    "Tên miền gửi đã vượt một giới hạn của Mailgun về số yêu cầu, số byte hoặc số người nhận; phản hồi cho biết thời điểm mà sau đó tên miền có thể gửi lại.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online dùng `5.1.10` cho người nhận mà việc tra cứu địa chỉ không tìm thấy, chứ không dùng cho null MX như sổ đăng ký IANA.",
    // microsoft.dbeb_recipient_rejected
    "Đây là Directory Based Edge Blocking: Exchange Online Protection từ chối những người nhận không có trong danh bạ (directory) của tổ chức bên nhận.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft nêu các nguyên nhân thường gặp là bản ghi MX trỏ tới sai máy chủ, tên miền chưa có trong danh sách tên miền được chấp nhận, hoặc các thay đổi DNS vẫn đang lan truyền.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online dùng lại `5.2.2` cho người gửi vượt giới hạn tốc độ gửi thư hoặc số người nhận, chứ không phải cho hộp thư đầy; đây có thể là dấu hiệu tài khoản đã bị chiếm quyền.",
    // microsoft.recipient_thread_limit_4_3_2
    "Hộp thư người nhận đang nhận quá nhiều thư cùng lúc và Exchange cố ý giới hạn tốc độ nhận; các lần thử lại sau đó sẽ thành công.",
    // microsoft.queue_expired
    "Exchange Online thử lại trong 24 giờ rồi mới gửi thư báo trả lại này; các lần hoãn trước đó cho thấy nguyên nhân thực sự.",
    // microsoft.ambiguous_recipient
    "Nhiều đối tượng trong danh bạ dùng chung địa chỉ của người nhận, thường là sau khi di chuyển dữ liệu hoặc đồng bộ hybrid; quản trị viên bên nhận phải xóa địa chỉ bị trùng.",
    // microsoft.sender_denied_5_1_0
    "Dù câu chữ nói vậy, ý của Exchange Online là không xác định được người nhận, thường xảy ra khi trả lời một thư đã được lưu thành tệp; hãy kiểm tra địa chỉ người nhận.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 đã chặn tài khoản gửi vì thư rác, thường là do tài khoản đã bị chiếm quyền; quản trị viên phải bảo mật tài khoản thì nó mới gửi thư lại được.",
    // microsoft.delivery_not_authorized
    "Thường là một nhóm chỉ nhận thư từ thành viên hoặc từ những người gửi có trong danh sách, hoặc một quy tắc luồng thư (mail flow rule) của tổ chức bên nhận.",
    // microsoft.blocklist_1
    "Đây là danh sách chặn riêng của Microsoft; Microsoft đề nghị những người gửi bị liệt kê dùng cổng gỡ danh sách (delist portal) hoặc chuyển tiếp thư báo trả lại tới địa chỉ gỡ danh sách của họ.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online dùng `5.7.12` cho người nhận từ chối thư từ bên ngoài tổ chức của mình, chứ không dùng cho việc chuyển đổi mật khẩu như sổ đăng ký IANA.",
    // microsoft.public_folder_5_7_13
    "Exchange Online dùng `5.7.13` cho thư mục công cộng từ chối người gửi bên ngoài, chứ không dùng cho tài khoản bị vô hiệu hóa như sổ đăng ký IANA.",
    // microsoft.mta_sts_certificate
    "Chứng chỉ của đích đến phải có chuỗi chứng thực dẫn tới một chứng chỉ gốc đáng tin cậy và phải ghi tên máy chủ được liệt kê trong chính sách MTA-STS của tên miền.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 chỉ nhận thư ẩn danh qua IPv6 khi SPF hoặc DKIM đạt.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 yêu cầu bản ghi PTR cho mọi địa chỉ IPv6 gửi thư tới nó.",
    // microsoft.customer_block_list
    "Chính tổ chức bên nhận đã chặn địa chỉ IP, nên chỉ họ mới có thể gỡ mục chặn.",
    // microsoft.as345_nested_attachments
    "Microsoft gắn kiểu từ chối này với tệp đính kèm lồng nhau, chẳng hạn một thư được đính kèm mà bản thân nó lại có tệp đính kèm.",
    // microsoft.x_dg_ref_header
    "Microsoft gắn kiểu từ chối này với thư ở định dạng Rich Text; gửi ở dạng HTML hoặc văn bản thuần sẽ tránh được lỗi.",
    // mimecast.spf_sender_invalid
    "Mimecast từ chối thư vì địa chỉ IP đang kết nối không có trong bản ghi `SPF` của tên miền gửi. Quản trị viên bên gửi phải thêm mọi máy chủ gửi vào `SPF`; hoặc quản trị viên Mimecast bên nhận có thể nới lỏng thiết lập `SPF` cho thư đến trong chính sách DNS Authentication của mình.",
    // mimecast.dkim_sender_invalid
    "Chữ ký `DKIM` cho thư gửi đi của Mimecast không khớp với khóa được công bố trong DNS. Hãy kiểm tra xem khóa công khai trong DNS với khóa riêng, tên miền và selector trong chính sách DNS Authentication có thuộc cùng một bộ không.",
    // mimecast.internal_resources_unavailable
    "Mimecast dùng phản hồi này cho danh sách xám (greylisting), mà một máy chủ bình thường sẽ vượt qua bằng cách thử lại, nhưng cũng dùng cho địa chỉ IP gửi có uy tín kém. Quản trị viên bên nhận có thể miễn trừ cho người gửi bằng chính sách Auto Allow hoặc Permitted Senders.",
    // mimecast.local_ct_ip_reputation
    "Các bước kiểm tra uy tín liên tục của Mimecast đã từ chối địa chỉ IP gửi, thường là sau những lần từ chối tạm thời trước đó. Quản trị viên bên nhận có thể cho người gửi đi qua bằng chính sách Auto Allow hoặc Permitted Senders, và Mimecast có biểu mẫu để yêu cầu xem xét lại dải IP.",
    // mimecast.sender_address_blocked
    "Một chính sách Blocked Senders trong tài khoản Mimecast của bên nhận đã khớp với người gửi; chỉ quản trị viên của tài khoản đó mới có thể gỡ mục này.",
    // mimecast.account_service_unavailable
    "Tài khoản Mimecast đang mở cùng lúc quá nhiều kết nối đến (mặc định là 20). Hãy thử lại sau, và đừng gửi thư đi hoặc thư nhật ký (journal) tới Mimecast từ một địa chỉ IP không được cấp phép cho việc đó.",
    // mimecast.maximum_email_size_exceeded
    "Thư lớn hơn giới hạn của chính sách Email Size Limit hoặc giới hạn riêng của Mimecast. Việc mã hóa làm thư lớn hơn nhiều so với tổng dung lượng tệp đính kèm, nên hãy chừa một khoảng dư lớn.",
    // mimecast.mail_loop_detected
    "Mimecast từ chối thư khi thư đã đi qua 25 chặng. Hãy tìm các quy tắc chuyển tiếp giữa những địa chỉ liên quan.",
    // mimecast.open_relay_not_allowed
    "Cả tên miền người gửi lẫn tên miền người nhận đều không thuộc một tài khoản Mimecast nào, hoặc địa chỉ IP đang kết nối không phải là địa chỉ gửi đi được cấp phép. Khách hàng của Mimecast phải nhờ Mimecast Support thêm địa chỉ gửi đi được cấp phép.",
    // mimecast.account_inbounds_disabled
    "Thư đến đã bị tắt cho toàn bộ tài khoản Mimecast của tổ chức bên nhận. Quản trị viên của tổ chức phải nhờ Mimecast Support cho phép lại lưu lượng đến.",
    // mimecast.account_outbounds_disabled
    "Thư gửi đi đã bị tắt cho tài khoản Mimecast của tổ chức bên gửi. Quản trị viên của tổ chức phải nhờ Mimecast Support cho phép lại lưu lượng gửi đi.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "Một chính sách Anti-Spoofing đã chặn một thư từ bên ngoài nhưng tự nhận là từ một địa chỉ thuộc chính tên miền của người nhận. Một dịch vụ gửi thư hợp lệ cần có chính sách Anti-Spoofing không áp dụng hành động nào đối với địa chỉ hoặc địa chỉ IP của dịch vụ đó.",
    // mimecast.header_based_anti_spoofing
    "Một chính sách Anti-Spoofing đã chặn một thư từ bên ngoài nhưng tự nhận là từ một địa chỉ thuộc chính tên miền của người nhận. Một dịch vụ gửi thư hợp lệ cần có chính sách Anti-Spoofing không áp dụng hành động nào đối với địa chỉ hoặc địa chỉ IP của dịch vụ đó.",
    // mimecast.content_examination_policy
    "Một chính sách Content Examination trong tài khoản của bên nhận đã khớp với thư. Quản trị viên của tài khoản đó có thể điều chỉnh chính sách hoặc thêm một chính sách Content Examination Bypass.",
    // mimecast.host_network_not_allowed
    "Một chính sách Geographical Restriction từ chối thư từ mạng hoặc quốc gia của máy chủ gửi; chỉ quản trị viên bên nhận mới có thể thay đổi chính sách này.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast gửi phản hồi này khi địa chỉ hoặc tên miền người gửi khớp với một chính sách Blocked Senders, hoặc khi `SPF` thất bại cứng (hard fail). Quản trị viên bên nhận có thể sửa chính sách để loại trừ người gửi.",
    // mimecast.envelope_blocked_user_entry
    "Người nhận đã chặn địa chỉ của người gửi trong danh sách Managed Senders cá nhân của họ. Người nhận hoặc quản trị viên của họ phải gỡ mục này.",
    // mimecast.envelope_blocked_user_domain_entry
    "Người nhận đã chặn tên miền của người gửi trong danh sách Managed Senders cá nhân của họ. Người nhận hoặc quản trị viên của họ phải gỡ mục này.",
    // mimecast.manually_blocked_senders
    "Người gửi nằm trong danh sách chặn cá nhân của người nhận. Người nhận hoặc quản trị viên của họ phải gỡ mục này khỏi Managed Senders.",
    // mimecast.blocked_senders_header_from
    "Một chính sách Blocked Senders đã khớp với địa chỉ trong tiêu đề `From`. Chỉ quản trị viên bên nhận mới có thể sửa hoặc xóa chính sách.",
    // mimecast.blocked_senders_envelope_from
    "Một chính sách Blocked Senders đã khớp với người gửi trên phong bì thư (`MAIL FROM`). Chỉ quản trị viên bên nhận mới có thể sửa hoặc xóa chính sách.",
    // mimecast.incorrect_authentication_data
    "Gửi thư qua Mimecast trên cổng `587` cần địa chỉ của một người dùng nội bộ và mật khẩu đám mây Mimecast (Mimecast cloud password) của người đó.",
    // mimecast.route_requires_tls
    "Một chính sách Secure Receipt hoặc Secure Delivery yêu cầu `TLS`. Hãy bật `STARTTLS` và dùng chứng chỉ hợp lệ trên máy chủ gửi, đồng thời kiểm tra để bảo đảm không có tường lửa hay proxy nào can thiệp vào việc mã hóa.",
    // mimecast.route_requires_tls12
    "Máy chủ gửi đã đưa ra một phiên bản `TLS` cũ hơn 1.2, điều mà chính sách Secure Receipt hoặc Secure Delivery từ chối.",
    // mimecast.route_requires_high_strength_ciphers
    "Các bộ mã hóa (cipher) mà máy chủ gửi đưa ra yếu hơn mức mà chính sách Secure Receipt hoặc Secure Delivery cho phép.",
    // mimecast.unable_to_process_connection
    "Máy chủ Mimecast đang ở mức tải tối đa; máy chủ gửi chỉ cần thử lại.",
    // mimecast.message_ended_early
    "Thư không kết thúc đúng cách, thường là do một tính năng của tường lửa như SMTP fixup của Cisco hoặc MailGuard đã thay đổi phiên. Hãy tắt các tính năng kiểm tra SMTP như vậy ở phía gửi.",
    // mimecast.too_many_recipients
    "Mimecast nhận tối đa 100 người nhận cho mỗi thư và yêu cầu gửi phần còn lại trong một giao dịch khác. Phải tắt các tính năng kiểm tra SMTP của tường lửa nếu chúng không chuyển phản hồi này về cho máy chủ gửi.",
    // mimecast.outbound_thread_limit
    "Tài khoản đang mở cùng lúc quá nhiều kết nối gửi đi; hãy gửi theo từng đợt nhỏ hơn.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast đã phát hiện dấu hiệu vi-rút hoặc điểm thư rác vượt ngưỡng. Bước kiểm tra thư rác có thể được bỏ qua nhờ chính sách Permitted Senders hoặc Auto Allow của bên nhận, còn bước kiểm tra vi-rút thì không; Mimecast cũng có biểu mẫu Sender Feedback.",
    // naver.no_such_user
    "Phản hồi có liên kết tới trang trợ giúp của Naver về thư bị trả lại; phần địa chỉ trước `@naver.com` không tồn tại.",
    // opensmtpd.no_mx_found
    "OpenSMTPD không tìm thấy bản ghi MX hoặc bản ghi địa chỉ nào dùng được cho tên miền người nhận. Nó coi đây là lỗi tạm thời và tiếp tục thử lại cho đến khi thư hết hạn, nên hãy kiểm tra xem tên miền có bị gõ sai không trước khi chờ.",
    // opensmtpd.domain_does_not_accept_mail
    "Tên miền người nhận công bố null MX, một bản ghi cho biết nó hoàn toàn không nhận thư.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD dùng nội dung này kèm `X.2.4` cho mọi lỗi xảy ra khi mở rộng người nhận qua bí danh (alias) hoặc tệp `~/.forward`, chứ không chỉ cho danh sách gửi thư. Quản trị viên máy chủ nên kiểm tra các tệp đó và nhật ký máy chủ.",
    // orange.abusix_listed
    "Mã 100 có nghĩa là địa chỉ gửi bị Abusix liệt kê; hãy kiểm tra tại lookup.abusix.com.",
    // orange.spamhaus_listed
    "Mã 101 có nghĩa là địa chỉ gửi bị Spamhaus liệt kê; hãy kiểm tra tại check.spamhaus.org.",
    // orange.cloudmark_listed
    "Mã 102 có nghĩa là địa chỉ gửi bị Cloudmark liệt kê; hãy yêu cầu đặt lại (reset) tại csi.cloudmark.com.",
    // orange.orange_blocklist
    "Mã 103 có nghĩa là chính Orange đã chặn địa chỉ gửi; hãy dùng biểu mẫu liên hệ của Orange và chọn mục về vấn đề khả năng chuyển phát (deliverability).",
    // orange.too_many_connections
    "Orange khuyến nghị tối đa 2 kết nối đồng thời cho mỗi địa chỉ gửi.",
    // orange.missing_ptr
    "Orange yêu cầu địa chỉ gửi phải có bản ghi PTR với tên máy chủ phân giải ngược về chính địa chỉ đó.",
    // orange.too_many_messages_per_connection
    "Orange khuyến nghị tối đa 100 thư cho mỗi kết nối.",
    // orange.invalid_helo
    "Orange yêu cầu dùng trong `HELO`/`EHLO` một tên máy chủ đầy đủ (FQDN) phân giải được trong DNS.",
    // orange.sender_domain_dns
    "Orange không tìm thấy bản ghi A hoặc MX hợp lệ cho tên miền trong `MAIL FROM`; sau khi thay đổi DNS, hãy chờ các bản ghi trong bộ nhớ đệm hết hạn.",
    // orange.sender_domain_listed
    "Mã 425 có nghĩa là tên miền của người gửi, chứ không phải địa chỉ, bị Abusix hoặc Spamhaus liệt kê.",
    // orange.suspected_spam
    "Với trường hợp bị nhận nhầm (false positive), Orange đề nghị người gửi dùng biểu mẫu liên hệ của Orange và chọn mục về vấn đề khả năng chuyển phát.",
    // orange.ofr_999
    "Orange giới hạn tốc độ của người gửi bằng mã 999 sau khi phát hiện hành vi không phù hợp; hãy kiểm tra nội dung đang được gửi trước khi gửi tiếp với tốc độ thấp hơn.",
    // outlook_com.required_authentication_level
    "Microsoft áp dụng quy định này cho những tên miền gửi từ 5.000 thư trở lên tới các dịch vụ dành cho người dùng cá nhân của mình, và yêu cầu đạt SPF, DKIM cùng với DMARC có tên miền khớp.",
    // outlook_com.block_list_s3140
    "Việc gỡ khỏi danh sách chặn này của Outlook.com phải được yêu cầu qua biểu mẫu hỗ trợ người gửi của Microsoft dành cho thư cá nhân, chứ không qua cổng gỡ danh sách (delist portal) của Microsoft 365.",
    // outlook_com.block_list_s3150
    "Việc gỡ khỏi danh sách chặn này của Outlook.com phải được yêu cầu qua biểu mẫu hỗ trợ người gửi của Microsoft dành cho thư cá nhân, chứ không qua cổng gỡ danh sách (delist portal) của Microsoft 365.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com hoãn nhận thư từ IP này vì uy tín của nó và hướng người gửi tới `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft gửi `5.5.0` kèm những từ này khi không tìm thấy một địa chỉ `@hotmail.com` hoặc `@outlook.com`; mã này có cùng ý nghĩa với `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com từ chối thư có tên miền `From` không đạt DMARC và công bố `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "Khi đến từ OVHcloud, phản hồi này cũng có thể có nghĩa là việc gửi thư đã bị chặn trên tài khoản do nghi ngờ gửi thư rác; hãy kiểm tra trạng thái tài khoản trong OVHcloud Control Panel, nơi có thể gỡ chặn bằng cách đổi mật khẩu hoặc gửi yêu cầu hỗ trợ (ticket).",
    // ovh.bad_sequence_means_no_auth
    "Theo OVHcloud, phản hồi này từ máy chủ của họ thường có nghĩa là chương trình thư chưa xác thực với máy chủ SMTP.",
    // ovh.unrecognised_address_arguments
    "Máy chủ thư đi của OVHcloud không dùng được địa chỉ From hoặc To đã cho; OVHcloud cũng nhắc tới giới hạn gửi của họ là 200 thư mỗi giờ cho mỗi tài khoản và 300 thư mỗi giờ cho mỗi địa chỉ IP.",
    // ovh.missing_spf_dkim
    "OVHcloud khuyên nên công bố bản ghi SPF cho tên miền gửi và, nếu gói email có hỗ trợ, bật DKIM.",
    // ovh.queue_too_long
    "OVH giữ thư trong hàng đợi gửi đi trong 24 giờ; nếu trong thời gian đó không kết nối được tới máy chủ của người nhận, thư sẽ bị trả lại kèm nội dung này.",
    // postfix.helo_host_not_found
    "Postfix gửi phản hồi này theo `reject_unknown_helo_hostname`: tên mà máy khách khai báo trong `HELO` hoặc `EHLO` không có bản ghi địa chỉ hay bản ghi MX. Quản trị viên máy chủ gửi nên cấu hình để máy chủ khai báo một tên phân giải được trong DNS.",
    // postfix.helo_not_fqdn
    "Postfix gửi phản hồi này theo `reject_non_fqdn_helo_hostname`: máy khách đã khai báo trong `HELO` hoặc `EHLO` một tên đơn lẻ không có tên miền. Máy chủ gửi phải được cấu hình để khai báo tên máy chủ đầy đủ của nó.",
    // postfix.multi_recipient_bounce
    "Postfix từ chối thư có người gửi rỗng (thư báo trả lại) nhưng lại có nhiều hơn một người nhận khi bật `reject_multi_recipient_bounce`, vì thư báo trả lại thật chỉ gửi tới một địa chỉ.",
    // postfix.insufficient_system_storage
    "Postfix trả lời `452 4.3.1` khi hệ thống tệp chứa hàng đợi còn ít dung lượng trống hơn `queue_minfree` hoặc không đủ chỗ cho một thư có kích thước lớn nhất được phép; máy chủ gửi sẽ thử lại sau.",
    // postfix.undeliverable_address
    "Postfix đã kiểm tra người nhận theo `reject_unverified_recipient` bằng cách thăm dò máy chủ kế tiếp, và việc thăm dò thất bại; phản hồi của máy chủ đó nằm sau cụm từ `undeliverable address`.",
    // postfix.dns_try_again
    "Lỗi DNS tạm thời: các máy chủ tên (name server) của tên miền không trả lời kịp thời hoặc trả về lỗi máy chủ. Postfix giữ thư và thử lại; nếu tình trạng kéo dài, hãy kiểm tra các máy chủ DNS của tên miền.",
    // postfix.mailbox_file_too_large
    "Tệp hộp thư cục bộ đã đạt giới hạn `mailbox_size_limit` của Postfix (mặc định khoảng 50 MB). Hãy dọn sạch hoặc lưu trữ hộp thư, hoặc nâng giới hạn trong `main.cf`.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` hoặc `postscreen`) ngắt kết nối khi máy khách gửi thứ gì đó không phải lệnh SMTP, chẳng hạn một dòng tiêu đề thư, thường là vì máy khách đã bắt đầu gửi thư mà không có `DATA`.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation đã chặn địa chỉ IP gửi vì thư rác đã được gửi từ địa chỉ này. Lệnh chặn sẽ hết sau một thời gian kể từ khi thư rác dừng lại; để yêu cầu xem xét sớm hơn, hãy dùng biểu mẫu có liên kết trong phản hồi và cho biết người nhận là ai và loại thư nào đã bị chặn.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "Đây là dạng cũ hơn của lệnh chặn Proofpoint Dynamic Reputation; các máy chủ thư iCloud của Apple cũng gửi phản hồi này.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation làm chậm hoặc chặn các địa chỉ IP gửi thư rác. Việc làm chậm sẽ tự hết trong vòng vài phút; còn lệnh chặn sẽ kéo dài cho đến khi thư rác dừng lại hoặc yêu cầu xem xét lại được chấp thuận.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials đã đưa người nhận vào danh sách không hợp lệ của tính năng SMTP Discovery. Nếu hộp thư có tồn tại, quản trị viên bên nhận phải gỡ địa chỉ khỏi danh sách đó.",
    // qmail.chkuser_security_policies
    "Bản vá chkuser gửi phản hồi này khi một phiên đã đưa ra nhiều người nhận không xác định hoặc sai định dạng hơn mức giới hạn cho phép, và sau đó từ chối mọi người nhận tiếp theo, kể cả với mã như `#5.1.1`. Hãy gỡ các địa chỉ không hợp lệ khỏi danh sách và gửi trong một phiên mới.",
    // qmail.best_preference_mx
    "Máy chủ qmail này là MX ưu tiên cao nhất của tên miền nhưng không liệt kê tên miền trong `control/locals`, nên nếu chuyển thư đi tiếp, thư sẽ vòng lại chính máy chủ này. Quản trị viên phải cấu hình tên miền là tên miền cục bộ hoặc sửa các bản ghi MX.",
    // qmail.dns_temporary
    "Đây là nội dung của qmail-remote cho lỗi DNS tạm thời (`#4.1.2`), khác với \"couldn't find any host named\" là lỗi vĩnh viễn; thư vẫn nằm trong hàng đợi và sẽ được thử lại.",
    // qmail.from_and_auth_not_same
    "Bản qmail-smtpd đã vá yêu cầu địa chỉ `MAIL FROM` phải là địa chỉ của tài khoản đã đăng nhập bằng `AUTH`. Hãy đặt địa chỉ người gửi trong chương trình thư trùng với địa chỉ đăng nhập.",
    // qq.ip_frequency_limited
    "QQ Mail giới hạn lượng thư mà một địa chỉ IP gửi được phép chuyển tới trong mỗi phút, mỗi giờ và mỗi ngày, và chặn địa chỉ đó trong vài phút, vài giờ hoặc đến hết ngày khi vượt giới hạn. Các giới hạn này không được công bố, nên hãy tạm dừng, rồi gửi chậm hơn.",
    // qq.sender_frequency_limited
    "Giới hạn ở đây áp dụng cho riêng địa chỉ người gửi; QQ Mail không công bố các con số, và thời gian phải chờ tùy thuộc vào việc đã vượt giới hạn theo phút, theo giờ hay theo ngày.",
    // qq.recipient_flooded
    "Dù câu chữ nói vậy, địa chỉ này có tồn tại: người nhận đã nhận một lượng lớn thư trong thời gian ngắn, và QQ Mail tạm thời từ chối nhận thêm để bảo vệ hộp thư. Hãy thử lại sau.",
    // qq.mail_content_denied
    "QQ Mail từ chối nội dung trông giống thư hàng loạt từng bị nhiều người dùng của họ báo cáo là thư rác.",
    // qq.suspected_spam_sender
    "QQ Mail đã thấy một lượng lớn thư rác đến từ tên miền của người gửi hoặc từ đơn vị vận hành máy chủ gửi, nên từ chối thư của họ.",
    // qq.rejected_by_recipients
    "Người nhận đã đưa người gửi vào danh sách chặn cá nhân hoặc đã tạo bộ lọc từ chối thư này; chỉ người nhận mới có thể thay đổi điều đó.",
    // rackspace.throttled_too_much_spam
    "Rackspace đã nhận quá nhiều thư rác từ máy chủ gửi nên đang hoãn nhận thư của máy chủ này; hãy gửi lại sau và nhờ người nhận đưa tên miền của bạn vào danh sách an toàn (safelist).",
    // rackspace.g2_concurrent_connections
    "Rackspace giới hạn số kết nối mà một địa chỉ IP gửi được phép giữ mở; hãy giảm số kết nối mở cùng lúc.",
    // rackspace.g1f_no_ptr
    "Rackspace yêu cầu mọi địa chỉ IP gửi phải có bản ghi PTR.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace tạm thời không kiểm tra được địa chỉ người nhận; thử lại sau vài phút thường sẽ thành công.",
    // rackspace.g30_mailbox_rate
    "Rackspace giới hạn lượng thư mà một hộp thư được nhận trong thời gian ngắn; điều này bảo vệ người nhận, chẳng hạn khỏi kiểu tấn công đăng ký hàng loạt vào danh sách thư (list bomb), và thử lại sau thường sẽ thành công.",
    // rackspace.g16_routing_loop
    "Nếu vòng lặp không tự hết sau vài phút, Rackspace đề nghị báo cho họ tại `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace tạm thời không tra cứu được chính sách DMARC của tên miền người gửi; thử lại sau vài phút thường sẽ thành công.",
    // rackspace.g28_untrusted_ip
    "Rackspace chỉ nhận một lượng nhỏ thư từ địa chỉ IP gửi mới hoặc chưa đáng tin cho đến khi địa chỉ đó tạo dựng được lịch sử gửi thư tốt; hãy tăng lưu lượng cho địa chỉ từng bước (warm up) và gửi chậm hơn.",
    // sendgrid.sender_identity
    "SendGrid chỉ gửi thư có địa chỉ From khớp với một Sender Identity đã được xác minh: một địa chỉ người gửi riêng lẻ đã xác minh hoặc một tên miền đã được xác thực trong tài khoản SendGrid.",
    // sendgrid.credits_exceeded
    "SendGrid trừ mỗi thư vào số tín dụng email (email credits) của tài khoản và từ chối gửi thêm khi đã dùng hết; tài liệu của SendGrid hướng dẫn liên hệ bộ phận hỗ trợ của họ để được nâng giới hạn.",
    // sendgrid.recipients_this_hour
    "SendGrid hoãn những thư như vậy và tiếp tục thử lại trong tối đa 72 giờ.",
    // sendgrid.unauthenticated_senders
    "Máy khách đã chuyển thư cho `smtp.sendgrid.net` mà không đăng nhập trước; hãy cấu hình để máy khách xác thực trên mọi kết nối, dùng khóa API của SendGrid làm mật khẩu.",
    // sendgrid.bad_username_password
    "SendGrid không nhận ra tên người dùng hoặc khóa API; việc đặt lại mật khẩu trong tài khoản SendGrid cũng làm hỏng các tích hợp vẫn còn dùng mật khẩu cũ.",
    // sendgrid.drop_bounced_address
    "SendGrid đã bỏ thư mà không thử gửi vì địa chỉ nằm trong danh sách thư bị trả lại (bounce list) của tài khoản sau một lần bị trả lại trước đó; chỉ xóa mục này khi biết chắc địa chỉ đã hoạt động trở lại.",
    // sendgrid.drop_unsubscribed
    "SendGrid đã bỏ thư vì người nhận nằm trong danh sách hủy đăng ký (unsubscribe list) của tài khoản.",
    // sendgrid.drop_spam_report
    "SendGrid đã bỏ thư vì trước đó người nhận đã báo cáo thư từ tài khoản này là thư rác.",
    // sendgrid.drop_spam_content
    "Chính thiết lập Spam Checker của tài khoản trong SendGrid đã xếp thư vào loại thư rác và bỏ thư.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid đã bỏ thư vì tiêu đề `X-SMTPAPI` của thư không phải JSON hợp lệ hoặc được tạo sai cấu trúc.",
    // sendmail.host_name_lookup_failure
    "Đây là nội dung của Sendmail cho lỗi DNS tạm thời (`TRY_AGAIN`): các máy chủ tên tạm thời không đưa ra câu trả lời, nên thư vẫn nằm trong hàng đợi và sẽ được thử lại.",
    // sendmail.address_requires_smtputf8
    "Địa chỉ có ký tự ngoài bảng mã ASCII, nhưng máy khách không đưa tham số `SMTPUTF8` vào `MAIL FROM`.",
    // sendmail.mx_list_points_back
    "Máy chủ này được liệt kê là một máy chủ MX của tên miền nhưng không coi tên miền đó là cục bộ, nên nó sẽ gửi thư ngược lại cho chính mình. Quản trị viên phải thêm tên miền vào danh sách tên cục bộ của máy chủ hoặc sửa các bản ghi MX.",
    // stalwart.invalid_ehlo_domain
    "Stalwart từ chối các tên `EHLO` không đầy đủ (không phải FQDN) khi bật tùy chọn từ chối những tên như vậy. Máy chủ gửi phải khai báo tên máy chủ đầy đủ của nó.",
    // stalwart.extension_disabled
    "Máy khách đã dùng một tham số `MAIL FROM` hoặc `RCPT TO` thuộc một phần mở rộng (chẳng hạn `DSN` hoặc `FUTURERELEASE`) mà máy chủ này đã tắt. Hãy gửi mà không có tham số đó.",
    // stalwart.dane_failed
    "Tên miền người nhận công bố bản ghi DANE (`TLSA`), nhưng chứng chỉ của máy chủ không khớp với các bản ghi đó, nên Stalwart không chuyển phát thư. Quản trị viên bên nhận phải cập nhật các bản ghi `TLSA` hoặc chứng chỉ.",
    // stalwart.mta_sts_failed
    "Tên miền người nhận có chính sách MTA-STS, nhưng máy chủ của nó không đáp ứng chính sách (không có chứng chỉ hợp lệ hoặc máy chủ không được liệt kê trong chính sách). Quản trị viên bên nhận phải sửa chính sách hoặc máy chủ.",
    // stalwart.concurrency_limited
    "Đã đạt giới hạn riêng của Stalwart về số kết nối gửi đi tới đích đến đó; thư vẫn nằm trong hàng đợi và sẽ được thử lại.",
    // yahoo.tss04
    "Yahoo dùng `[TSS04]` cho thư bị hoãn vì lưu lượng, khiếu nại, nội dung giống thư rác hoặc uy tín IP kém; nếu tình trạng kéo dài, Yahoo đề nghị gửi Sender Support Request kèm toàn bộ thông báo lỗi.",
    // yahoo.ts01
    "Yahoo khuyên nên thử lại sau khoảng bốn giờ, và xem lại nội dung cũng như cách gửi thư nếu lỗi kéo dài 48 giờ.",
    // yahoo.ts03
    "Dù mã này là tạm thời, Yahoo khuyên không gửi lại cho đến khi đã kiểm tra các danh sách gửi thư và cách thức đăng ký nhận thư, vì Yahoo thấy thư hàng loạt có vẻ không được người nhận yêu cầu.",
    // yahoo.permanently_deferred
    "Theo Yahoo, thử lại sẽ không thành công; trước hết phải thay đổi cách gửi thư.",
    // yahoo.bl21
    "Yahoo từ chối kết nối từ những địa chỉ bị Spamhaus liệt kê; hãy kiểm tra địa chỉ tại spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` chỉ danh sách Spamhaus XBL, danh sách liệt kê các máy bị nhiễm mã độc và proxy mở.",
    // yahoo.ph01
    "Các lệnh chặn theo nội dung của Yahoo (mã `PH`) áp dụng cho vi-rút, lừa đảo (phishing), mã độc tống tiền (ransomware) và các phần mềm độc hại khác, cũng như liên kết tới bất kỳ thứ nào trong số đó.",
    // yahoo.policy_reasons_579
    "Yahoo gửi phản hồi này khi thư không qua được các kiểm tra DKIM, SPF hoặc DMARC, thường vì tên miền `From` công bố một chính sách DMARC mà thư không đạt.",
    // yahoo.unauthenticated_sender
    "Yahoo yêu cầu mọi người gửi phải đạt SPF hoặc DKIM; người gửi hàng loạt cần đạt cả hai và có chính sách DMARC.",
    // yahoo.unresolvable_from_domain
    "Yahoo kiểm tra tên miền của `MAIL FROM` và của tiêu đề `From` bằng một truy vấn SOA, nên tên miền con dùng ở đó cần có bản ghi SOA riêng, ngoài bản ghi A hoặc MX.",
    // yahoo.not_rfc_compliant
    "Yahoo liệt kê các trường tiêu đề bị trùng lặp hoặc sai định dạng và các kiểu MIME sai trong số những nguyên nhân.",
    // yahoo.resources_unavailable
    "Theo Yahoo, các máy chủ của họ đang bận; tình trạng này thường tự hết sau một thời gian ngắn mà không cần thay đổi gì.",
    // yahoo.vs1_unknown_recipients
    "Yahoo gửi `VS1-IP` và `VS1-MF` khi một máy chủ gửi tới nhiều người nhận không hợp lệ, điều mà Yahoo coi là dấu hiệu của relay mở; hãy gỡ những địa chỉ bị trả lại.",
    // yahoo.aol_rly_b1
    "AOL tự động đặt lệnh chặn này khi số khiếu nại của thành viên vượt ngưỡng, và gỡ bỏ trong vòng 24 giờ khi số khiếu nại giảm xuống; AOL khuyên nên tham gia vòng phản hồi khiếu nại (complaint feedback loop).",
    // yahoo.aol_rtr_du
    "AOL dùng các danh sách của Spamhaus về địa chỉ động và địa chỉ hộ gia đình, và không nhận thư gửi trực tiếp từ những địa chỉ đó.",
    // yahoo.aol_rtr_bb
    "AOL từ chối những địa chỉ mà họ xếp vào loại động hoặc hộ gia đình; lệnh chặn có thể được gỡ theo yêu cầu khi máy chủ đã có tên máy chủ đầy đủ (FQDN).",
    // yahoo.aol_rtr_rd
    "AOL từ chối thư khi tên DNS ngược của địa chỉ gửi trông giống tên của một địa chỉ động.",
    // yahoo.aol_rtr_bl
    "AOL mô tả đây là lệnh chặn vĩnh viễn địa chỉ IP do uy tín kém, và đề nghị người gửi tham gia vòng phản hồi khiếu nại của AOL trước khi gửi yêu cầu hỗ trợ.",
    // yahoo.aol_rly_sn
    "AOL từ chối thư dùng một địa chỉ AOL dành riêng làm `From` hoặc `Reply-To`, hoặc thư tự nhận là của một đơn vị liên kết với AOL nhưng lại đến từ một địa chỉ IP không được cấp phép.",
    // yandex.suspicion_of_spam
    "Bộ lọc của Yandex đã đánh giá nội dung là thư rác. Khi một hộp thư chỉ gửi toàn thư rác, Yandex ngừng nhận thư từ hộp thư đó trong 24 giờ; người gửi thư hàng loạt hợp lệ nên tuân theo các yêu cầu của Yandex về danh sách gửi thư minh bạch.",
    // yandex.blocked_by_spam_statistics
    "Yandex chặn thư trong 24 giờ từ một nguồn chỉ gửi toàn thư rác; lệnh chặn tự hết nếu thư rác dừng lại.",
    // yandex.client_host_blocked
    "Ở Yandex, dòng này thuộc cùng lệnh chặn 24 giờ dành cho các nguồn chỉ gửi toàn thư rác, chứ không nhất thiết là bị liệt kê trong một danh sách chặn công khai.",
    // yandex.policy_rejection_target
    "Yandex đã khóa tài khoản của người nhận vì vi phạm thỏa thuận người dùng. Chủ tài khoản có thể được mở khóa bằng cách điền thông tin cá nhân chính xác, hoặc liên hệ bộ phận hỗ trợ của Yandex.",
    // yandex.mailbox_size_exceeded
    "Điều này thường có nghĩa là người nhận hiếm khi dùng hộp thư; họ phải đăng nhập vào Yandex Mail trên web thì hộp thư mới nhận thư trở lại.",
    // yandex.no_such_user
    "Yandex báo người nhận không xác định bằng `5.7.1`, mã thường dùng cho các lần từ chối theo chính sách, nên nội dung phản hồi mới là yếu tố quyết định.",
    // yandex.recipient_rate_limit
    "Người nhận đang nhận thư với tốc độ cao, nên Yandex tạm thời hoãn nhận thêm; lần thử sau thường sẽ thành công. Mã `4.2.1` ở đây không có nghĩa là hộp thư bị vô hiệu hóa.",
    // zoho.unusual_sending_activity
    "Zoho đã chặn tài khoản sau khi phát hiện hoạt động bất thường trên đó; mã `5.4.6` không có nghĩa là vòng lặp thư. Lệnh chặn tạm thời sẽ được gỡ sau một thời gian, hoặc sớm hơn qua trang UnblockMe của Zoho hoặc Admin Console.",
    // zoho.rejected_by_destination_domain
    "Một bộ lọc do tổ chức bên nhận thiết lập trên Zoho đã từ chối thư; chỉ quản trị viên của tổ chức đó mới có thể thay đổi bộ lọc.",
    // zoho.restricted_by_policy
    "Một bộ lọc do tổ chức bên nhận thiết lập trên Zoho đã từ chối thư; chỉ quản trị viên của tổ chức đó mới có thể thay đổi bộ lọc.",
    // zoho.temporary_system_error
    "Tên miền bên nhận trên Zoho tạm thời không nhận thư; lần thử sau thường sẽ thành công. Mã `4.3.1` không có nghĩa là hộp thư đã đầy.",
    // zoho.dmarc_rejected
    "Với người gửi `zoho.com`, điều này thường có nghĩa là địa chỉ đã được dùng từ một dịch vụ hoặc ứng dụng khác mà không đi qua máy chủ SMTP của Zoho.",
    // zoho.relaying_disallowed_as
    "ZeptoMail từ chối địa chỉ `From` có tên miền không nằm trong số tên miền mà tài khoản được phép gửi thư.",
    // zoho.subject_mandatory
    "ZeptoMail từ chối thư không có tiêu đề thư (Subject); mã `5.2.1` mà nó gửi ở đây không có nghĩa là hộp thư bị vô hiệu hóa.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "Máy chủ có đóng kết nối không?",
        "Với `421`, có: máy chủ kết thúc phiên và không xử lý gì thêm trong phiên đó. Với `503`, không: phiên vẫn mở, chỉ riêng lệnh được gửi sai thứ tự bị từ chối.",
        "Máy chủ phải ngừng phục vụ phiên này, chẳng hạn vì quá tải hoặc đang tắt. Nó có thể gửi `421` thay cho lời chào hoặc để trả lời bất kỳ lệnh nào.",
        "Hãy kết nối lại sau; thư không có lỗi gì. Máy chủ gửi sẽ giữ thư trong hàng đợi và tự thử lại.",
        "Máy khách gửi một lệnh hợp lệ nhưng sai thời điểm trong phiên, chẳng hạn `RCPT TO` trước `MAIL FROM`, hoặc `DATA` khi chưa có người nhận nào được chấp nhận.",
        "Hãy sửa thứ tự lệnh trong máy khách, vì lặp lại đúng trình tự cũ sẽ lại thất bại. Cũng hãy xem phản hồi ngay trước `503`: nguyên nhân thường là một lần từ chối trước đó.",
    ],
    // 450 vs 550
    [
        "Cùng lần gửi đó có thể thành công về sau mà không cần thay đổi gì không?",
        "Với `450`, có: hộp thư chỉ tạm thời không khả dụng, nên gửi lại đúng thư đó có thể sẽ qua. Với `550`, không: lần từ chối là vĩnh viễn, và phải thay đổi điều gì đó trước đã.",
        "Hộp thư đang bận hoặc bị khóa, hoặc một chính sách như danh sách xám (greylisting) yêu cầu người gửi quay lại sau. Mã này thường là câu trả lời cho `RCPT TO` hoặc cho phần cuối dữ liệu thư.",
        "Thường thì không cần làm gì: máy chủ gửi đưa thư vào hàng đợi và thử lại. Nếu thư bị chậm nhiều ngày, quản trị viên bên gửi nên đọc nội dung phản hồi và liên hệ postmaster của bên nhận.",
        "Hộp thư không tồn tại, người gửi không có quyền gửi tới đó, hoặc chính sách nội bộ từ chối thư, chẳng hạn không cho chuyển tiếp (relay) hoặc vì kiểm tra người gửi thất bại. Mã mở rộng cho biết là trường hợp nào.",
        "Hãy đọc mã mở rộng: với `5.1.1`, sửa lại địa chỉ; với lần từ chối vì chính sách như `5.7.1`, quản trị viên bên gửi kiểm tra SPF, DKIM và các danh sách chặn. Đừng gửi lại y nguyên.",
    ],
    // 421 vs 450
    [
        "Lần từ chối này có kết thúc toàn bộ phiên không?",
        "Với `421`, có: máy chủ đóng kết nối và không xử lý gì thêm trong phiên đó. Với `450`, không: chỉ hộp thư hoặc thư này bị hoãn lại, và phiên vẫn có thể tiếp tục.",
        "Máy chủ lúc này không thể phục vụ máy khách, chẳng hạn vì quá tải, đang áp dụng danh sách xám (greylisting) với máy đang kết nối, hoặc đang tắt. Nó gửi `421` làm lời chào hoặc để trả lời bất kỳ lệnh nào.",
        "Hãy để máy chủ gửi kết nối lại sau, với khoảng chờ tăng dần. Nếu một địa chỉ IP gửi cứ gặp mã này, hãy giảm tốc độ gửi và kiểm tra các danh sách chặn.",
        "Hộp thư đang bận hoặc bị khóa, hoặc một bước kiểm tra như danh sách xám (greylisting) muốn thư này quay lại sau. Máy chủ trả lời `RCPT TO` hoặc phần cuối dữ liệu thư theo cách này.",
        "Máy chủ gửi giữ thư trong hàng đợi cho người nhận đó và thử lại sau; những người nhận khác trong phiên vẫn được xử lý bình thường.",
    ],
    // 421 vs 451
    [
        "Kết nối có bị đóng sau phản hồi này không?",
        "Với `421`, có: máy chủ bỏ cả phiên và đóng nó lại. Với `451`, không: chỉ bước hiện tại thất bại, do một lỗi cục bộ, còn kết nối vẫn mở.",
        "Toàn bộ dịch vụ tạm thời không khả dụng: máy chủ quá tải, đang áp dụng danh sách xám, hoặc phải tắt. Nó gửi `421` làm lời chào hoặc để trả lời bất kỳ lệnh nào, rồi đóng kênh truyền.",
        "Hãy kết nối lại sau; máy chủ gửi sẽ tự thử lại theo lịch của nó. Nếu lỗi cứ lặp lại, hãy đọc nội dung phản hồi, vốn thường nêu lý do.",
        "Một bước kiểm tra hoặc tra cứu nội bộ thất bại trong lúc máy chủ xử lý `MAIL FROM`, `RCPT TO` hoặc dữ liệu thư, chẳng hạn một truy vấn DNS hoặc cơ sở dữ liệu không có trả lời.",
        "Hãy thử lại sau; phần lớn trường hợp tự hết. Nếu lỗi lặp lại, người vận hành máy chủ phản hồi phải tìm thành phần bị lỗi trong nhật ký của nó.",
    ],
    // 452 vs 552
    [
        "Máy chủ gửi có tự thử lại không?",
        "Với `452`, có: máy chủ tạm thời thiếu dung lượng lưu trữ hoặc đã chạm giới hạn người nhận, nên thư vẫn nằm trong hàng đợi. Với `552`, không: một giới hạn về kích thước hoặc dung lượng lưu trữ đã từ chối hẳn thư, và thư bị trả lại.",
        "Máy chủ lúc này thiếu tài nguyên: dung lượng đĩa trống, chỗ cho kích thước đã khai báo bằng `SIZE`, hoặc đã đạt giới hạn số người nhận cho mỗi thư.",
        "Nếu quá nhiều người nhận, hãy gửi thư cho những người đã được chấp nhận và gửi phần còn lại trong một giao dịch sau. Nếu thiếu chỗ lưu trữ, hãy thử lại sau; nếu tình trạng kéo dài, người vận hành sẽ giải phóng dung lượng.",
        "Thư lớn hơn mức máy chủ hoặc hộp thư chấp nhận, hoặc hộp thư của người nhận đã đầy (`5.2.2`). Mã này có thể là câu trả lời cho `MAIL FROM` kèm `SIZE`, cho `RCPT TO` hoặc cho dữ liệu thư.",
        "Hãy làm thư nhỏ lại, chẳng hạn gửi tệp lớn dưới dạng liên kết, và giữ dưới giới hạn `SIZE` trong phản hồi `EHLO`. Nếu hộp thư đã đầy, người nhận phải giải phóng dung lượng trước.",
    ],
    // 550 vs 553
    [
        "Vấn đề có nằm ở cách viết địa chỉ không?",
        "Với `550`, không: địa chỉ đọc được, nhưng hộp thư không tồn tại hoặc chính sách từ chối thư. Với `553`, có: địa chỉ sai định dạng, dùng ký tự mà máy chủ không chấp nhận, hoặc không rõ ràng.",
        "Hộp thư không tồn tại, người gửi không có quyền gửi tới đó, hoặc một quy tắc nội bộ như chính sách chuyển tiếp (relay) hay chống thư rác từ chối thư.",
        "Hãy đọc mã mở rộng: với `5.1.1`, xác nhận lại địa chỉ với người nhận; với `5.7.1`, quản trị viên bên gửi kiểm tra SPF, DKIM và các danh sách chặn.",
        "Địa chỉ trong `MAIL FROM` hoặc `RCPT TO` vi phạm quy tắc cú pháp hoặc chứa ký tự mà máy chủ không chấp nhận, hoặc một tên trong `VRFY` khớp với nhiều người dùng.",
        "Hãy kiểm tra địa chỉ từng ký tự một: đúng một dấu `@`, không có khoảng trắng hay dấu ngoặc thừa, và tên miền đầy đủ. Sửa cho đúng rồi gửi lại.",
    ],
    // 550 vs 551
    [
        "Phản hồi có chỉ ra một địa chỉ khác cho người nhận không?",
        "Với `550`, không: hộp thư bị từ chối mà không kèm gợi ý chuyển tiếp nào. Với `551`, có: người dùng không thuộc máy chủ này, và nội dung thường nêu địa chỉ cần dùng thay thế.",
        "Hộp thư không tồn tại, người gửi không có quyền gửi tới đó, hoặc chính sách nội bộ từ chối thư. Những nơi không muốn tiết lộ địa chỉ mới cũng trả lời `550`.",
        "Hãy đọc mã mở rộng và nội dung, rồi sửa địa chỉ, hoặc nếu là từ chối vì chính sách thì nhờ quản trị viên bên gửi tìm hiểu. Gửi lại y nguyên sẽ lại thất bại.",
        "Người nhận đã chuyển đi hoặc thư của họ được xử lý ở nơi khác, và bên nhận chọn cho biết địa chỉ mới thay vì tự chuyển tiếp thư.",
        "Hãy kiểm tra xem địa chỉ trong nội dung có hợp lý không, gửi thư đến đó và cập nhật danh bạ. Nếu không có địa chỉ nào, hãy hỏi người nhận qua kênh khác.",
    ],
    // 550 vs 554
    [
        "Máy chủ có thể gửi mã này thay cho lời chào không?",
        "Với `550`, không: mã này trả lời một lệnh, thường là để từ chối một hộp thư, một người gửi hoặc một thư. Với `554`, có: mã này có thể từ chối cả phiên ngay từ lời chào, còn ở chỗ khác thì làm thất bại toàn bộ giao dịch.",
        "Một người nhận không xác định (`5.1.1`) hoặc không được phép chuyển tiếp tới, người gửi bị từ chối, hoặc chính sách từ chối thư sau `DATA`.",
        "Nếu người nhận không xác định, hãy sửa địa chỉ. Nếu bị từ chối vì chính sách, quản trị viên bên gửi khắc phục các vấn đề về SPF, DKIM hoặc danh sách chặn, hoặc liên hệ postmaster của bên nhận.",
        "Máy chủ từ chối máy khách này ngay từ đầu, không có người nhận nào được chấp nhận khi `DATA` đến, hoặc nội dung bị từ chối sau dữ liệu thư. Đây là mã chung khi không có mã nào chính xác hơn phù hợp.",
        "Hãy đọc nội dung và mã mở rộng; gửi lại y nguyên sẽ không giúp được gì. Sau lời chào `554`, quản trị viên tên miền gửi kiểm tra các danh sách chặn hoặc liên hệ bên nhận.",
    ],
    // 500 vs 501
    [
        "Máy chủ có nhận ra tên lệnh không?",
        "Với `500`, không: bản thân lệnh không được biết đến, hoặc dòng lệnh quá dài để đọc. Với `501`, có: lệnh được biết, nhưng địa chỉ, tham số hoặc đối số đi sau nó không hợp lệ.",
        "Tên lệnh bị viết sai hoặc máy chủ này không biết, hoặc dòng lệnh dài hơn giới hạn chuẩn. Trong lúc `AUTH`, mã này còn báo một dòng trả lời quá dài.",
        "Hãy sửa máy khách: viết đúng tên lệnh, giữ các dòng trong giới hạn, và chỉ dùng lệnh mở rộng khi phản hồi `EHLO` có liệt kê chúng.",
        "Phần đi sau lệnh không chấp nhận được, chẳng hạn một địa chỉ sai định dạng trong `MAIL FROM` hoặc `RCPT TO`, một đối số `EHLO` không hợp lệ, hoặc có đối số ở một lệnh không nhận đối số nào.",
        "Hãy sửa các đối số: địa chỉ đặt trong dấu ngoặc nhọn, không có khoảng trắng quanh dấu hai chấm, tên và giá trị tham số hợp lệ, không có đối số thừa. Nội dung phản hồi thường chỉ ra chỗ sai.",
    ],
    // 502 vs 504
    [
        "Máy chủ có hỗ trợ chính lệnh đó không?",
        "Với `502`, không: máy chủ này hoàn toàn không cung cấp lệnh đó. Với `504`, có: lệnh được hỗ trợ, nhưng tùy chọn hoặc giá trị đi kèm thì không, chẳng hạn một cơ chế `AUTH`.",
        "Lệnh được nhận ra nhưng chưa được triển khai, hoặc đã bị người vận hành tắt, điển hình là `VRFY`, `EXPN` hoặc `HELP`. Những máy chủ rất cũ trả lời `EHLO` theo cách này.",
        "Đừng lặp lại lệnh đó với máy chủ này; hãy tiếp tục mà không dùng nó, và quay về `HELO` nếu `EHLO` bị từ chối. Nếu thật sự cần tính năng đó, hãy hỏi người vận hành.",
        "Máy khách yêu cầu một biến thể mà máy chủ không xử lý, thường nhất là một cơ chế `AUTH` mà nó không hỗ trợ hoặc không cho phép trước khi mã hóa (`5.5.4`).",
        "Hãy chọn một tùy chọn mà máy chủ cung cấp: một cơ chế `AUTH` có trong phản hồi `EHLO`, sau `STARTTLS` nếu cần. Nếu không, hãy gửi lệnh mà không kèm tham số không được hỗ trợ.",
    ],
    // 530 vs 535
    [
        "Thông tin đăng nhập có được kiểm tra và bị từ chối không?",
        "Với `530`, không: chưa có gì được kiểm tra; lệnh đòi phải đăng nhập trước, hoặc trên một số máy chủ là phải chạy `STARTTLS` trước. Với `535`, có: máy chủ đã kiểm tra tên người dùng và mật khẩu, hoặc thông tin đăng nhập khác, và từ chối chúng.",
        "Máy khách gửi `MAIL FROM` hoặc một lệnh khác mà chưa đăng nhập bằng `AUTH`, hoặc chưa chạy `STARTTLS` trên một máy chủ bắt buộc mã hóa.",
        "Hãy bật xác thực cho máy chủ thư đi trong chương trình thư, và bật cả TLS nếu nội dung yêu cầu. Phần mềm phải gửi `STARTTLS`, rồi `EHLO` lần nữa, rồi `AUTH`, tất cả trước `MAIL FROM`.",
        "Một lượt `AUTH` kết thúc với thông tin đăng nhập không khớp: sai mật khẩu, người dùng không xác định, hoặc thông tin không đủ cho tài khoản. Mã này thường đi kèm `5.7.8`.",
        "Hãy kiểm tra và sửa tên người dùng và mật khẩu đã lưu trong chương trình thư; một số nhà cung cấp yêu cầu mật khẩu riêng để gửi thư. Đừng thử lại với cùng thông tin đăng nhập.",
    ],
    // 550 vs X.1.1
    [
        "Chỉ riêng mã này có cho biết hộp thư không tồn tại không?",
        "Với `550`, không: mã này chỉ nói hành động bị từ chối vĩnh viễn, vì lý do này hay lý do khác như chính sách. Với `5.1.1`, có: mã này nêu đúng một nguyên nhân, hộp thư không tồn tại ở một tên miền có nhận thư.",
        "Máy chủ từ chối vĩnh viễn một địa chỉ hoặc một thư: người nhận không xác định, chuyển tiếp (relay) mà nó không cho phép, người gửi bị từ chối, hoặc thư bị chính sách từ chối sau `DATA`.",
        "Hãy xem mã mở rộng và nội dung sau `550` trước khi hành động: chúng cho biết cần sửa địa chỉ hay sửa thiết lập của bên gửi.",
        "Tên miền của người nhận có nhận thư, nhưng hộp thư được nêu trước `@` không tồn tại ở đó. Máy chủ nhận thường gửi mã này dưới dạng `550 5.1.1` để trả lời `RCPT TO`.",
        "Hãy kiểm tra chính tả phần trước `@` và xác nhận địa chỉ với người nhận qua kênh khác. Gửi lại đến cùng địa chỉ đó sẽ không giúp được gì.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "Máy chủ gửi có tiếp tục tự thử lại không?",
        "Với `4.7.1`, có: lần từ chối vì chính sách được đánh dấu là tạm thời, nên thư vẫn ở trong hàng đợi và được thử lại. Với `5.7.1`, không: lần từ chối là vĩnh viễn, và thư bị trả lại trừ khi có gì đó thay đổi.",
        "Một quy tắc bảo mật hoặc chính sách tạm thời từ chối người gửi, và máy chủ cho rằng tình trạng này sẽ qua. Sổ đăng ký IANA liệt kê `451` trong số các phản hồi có thể mang mã này.",
        "Hãy để máy chủ gửi tiếp tục thử lại. Nếu sau vài giờ vẫn thất bại, hãy đọc nội dung phản hồi để biết quy tắc liên quan và liên hệ postmaster của bên nhận.",
        "Chính sách không cho phép người gửi này gửi đến người nhận này: việc chuyển tiếp (relay) bị từ chối, một bộ lọc chặn máy gửi hoặc người gửi, hoặc kiểm tra SPF thất bại. Mã này thường đến dưới dạng `550 5.7.1`.",
        "Hãy đọc nội dung để biết quy tắc nào đã khớp. Hãy đăng nhập vào máy chủ thư của chính bạn thay vì chuyển tiếp qua máy chủ khác, nhờ quản trị viên bên gửi sửa SPF hoặc DMARC, hoặc xin gỡ khỏi danh sách chặn được nêu tên.",
    ],
    // X.1.0 vs X.1.1
    [
        "Mã này có nói chính xác địa chỉ sai ở đâu không?",
        "Với `X.1.0`, không: một vấn đề về địa chỉ được báo mà không có chi tiết, nên chỉ nội dung phản hồi mới cho biết lý do. Với `X.1.1`, có: hộp thư được nêu trước `@` không tồn tại ở tên miền đó.",
        "Việc kiểm tra địa chỉ người gửi hoặc một người nhận thất bại vì một lý do mà không mã địa chỉ cụ thể nào bao quát. Ở dạng `2.1.0`, mã này chỉ đơn giản xác nhận một `MAIL FROM` đã được chấp nhận.",
        "Hãy kiểm tra cả hai địa chỉ xem có gõ sai, có ký tự lạ không và tên miền có đúng không, rồi đọc nội dung sau mã. Nếu cả hai đều đúng, hãy hỏi quản trị viên của máy chủ đã từ chối.",
        "Tên miền của người nhận có nhận thư, nhưng hộp thư không tồn tại ở đó. Mã này thường được gửi dưới dạng `550 5.1.1` để trả lời `RCPT TO` hoặc được ghi trong thư báo trả lại.",
        "Hãy sửa phần trước `@` hoặc hỏi người nhận địa chỉ hiện tại; gửi lại đến cùng địa chỉ đó sẽ lại thất bại.",
    ],
    // X.2.2 vs X.3.4
    [
        "Kích thước của thư này có phải là vấn đề không?",
        "Với `X.2.2`, không: hộp thư của người nhận đã dùng hết hạn mức, nên ngay cả thư nhỏ cũng không vừa. Với `X.3.4`, có: thư lớn hơn mức mà hệ thống nhận chấp nhận, với bất kỳ ai.",
        "Hộp thư của một người nhận đã chạm hạn mức dung lượng. Máy chủ trả lời `RCPT TO` hoặc phần cuối dữ liệu thư bằng `4.2.2`, hoặc bằng `552` kèm `5.2.2`.",
        "Hãy báo cho người nhận qua kênh khác; chỉ họ hoặc quản trị viên của họ mới có thể giải phóng dung lượng hoặc nâng hạn mức. Sau `4.2.2`, máy chủ của bạn sẽ thử lại; sau `5.2.2`, hãy gửi lại sau.",
        "Thư vượt kích thước tối đa của hệ thống, xét theo `SIZE` khai báo ở `MAIL FROM` hoặc theo kích thước thật sau dữ liệu thư. Mã này đến dưới dạng `5.3.4` kèm `552` hoặc `554`.",
        "Hãy làm thư nhỏ lại, chẳng hạn chia sẻ tệp lớn qua liên kết. Con số sau `SIZE` trong phản hồi `EHLO` là giới hạn của máy chủ, tính bằng byte.",
    ],
    // X.7.0 vs X.7.1
    [
        "Bản thân mã này có nói rằng người gửi này không được chuyển thư đến người nhận này không?",
        "Với `X.7.0`, không: một quy tắc bảo mật hoặc chính sách đã chặn lệnh, nhưng mã không nêu lý do. Với `X.7.1`, có: chính sách không cho phép người gửi này chuyển thư đến người nhận này.",
        "Một quy tắc bảo mật đã chặn một lệnh và không có mã nào chính xác hơn được dùng: `454 4.7.0` cho lỗi đăng nhập tạm thời, `530 5.7.0` khi phải có `AUTH` hoặc `STARTTLS` trước, hoặc một lần chặn không kèm giải thích.",
        "Sau `530`, hãy chạy `STARTTLS` hoặc đăng nhập bằng `AUTH` trước; sau `454`, hãy thử lại sau mà không đổi mật khẩu. Các trường hợp khác, hãy đọc nội dung hoặc hỏi postmaster.",
        "Bên nhận từ chối chuyển tiếp (relay), dùng bộ lọc chặn máy gửi hoặc người gửi, hoặc từ chối thư không qua được SPF hoặc DMARC.",
        "Hãy đọc nội dung để biết quy tắc nào đã khớp. Hãy gửi qua máy chủ thư đi của chính bạn thay vì chuyển tiếp qua máy chủ khác, và nhờ quản trị viên bên gửi sửa các bản ghi SPF, DKIM hoặc DMARC.",
    ],
    // 450 vs 451
    [
        "Có thứ gì bị lỗi bên trong máy chủ không?",
        "Với `450`, không: máy chủ vẫn hoạt động bình thường, nhưng hộp thư đang bận hoặc một bước kiểm tra như danh sách xám muốn chờ lần thử sau. Với `451`, có: một lần tra cứu hoặc một dịch vụ bên trong máy chủ đã lỗi trong lúc xử lý lệnh.",
        "Hộp thư đang bận hoặc bị khóa, hoặc danh sách xám hay một lần chặn tạm thời hoãn người gửi này lại. Máy chủ gửi mã này sau `RCPT TO` hoặc sau dữ liệu thư.",
        "Hãy để máy chủ gửi thử lại; thư bị danh sách xám giữ lại sẽ qua ở lần thử sau. Nếu thư bị chậm nhiều ngày, hãy đọc nội dung phản hồi và liên hệ postmaster của bên nhận.",
        "Trong lúc xử lý `MAIL FROM`, `RCPT TO` hoặc dữ liệu thư, một lần tra cứu hoặc một thành phần nội bộ đã lỗi, chẳng hạn một truy vấn DNS hoặc cơ sở dữ liệu không có trả lời.",
        "Hãy để máy chủ gửi thử lại sau. Nếu lỗi lặp lại, người vận hành máy chủ phản hồi tìm thành phần bị lỗi trong nhật ký, với sự trợ giúp của các mã như `4.4.3`.",
    ],
    // 451 vs 452
    [
        "Máy chủ có hết chỗ hoặc chạm giới hạn người nhận không?",
        "Với `451`, không: một thứ bên trong máy chủ, chẳng hạn một lần tra cứu, đã lỗi trong lúc xử lý lệnh. Với `452`, có: dung lượng lưu trữ không đủ, hoặc thư đã có số người nhận tối đa mà máy chủ chấp nhận.",
        "Một lần tra cứu DNS hoặc cơ sở dữ liệu, hoặc một dịch vụ nội bộ, đã lỗi trong lúc máy chủ xử lý `MAIL FROM`, `RCPT TO` hoặc dữ liệu thư.",
        "Hãy thử lại sau; phần lớn trường hợp tự hết. Nếu lỗi lặp lại, người vận hành máy chủ phản hồi phải tìm thành phần bị lỗi trong nhật ký.",
        "Máy chủ thiếu dung lượng đĩa cho thư hoặc cho kích thước khai báo bằng `SIZE`, hoặc `RCPT TO` đã vượt giới hạn người nhận cho một thư.",
        "Hãy gửi cho những người nhận đã được chấp nhận, và gửi phần còn lại trong một giao dịch sau. Nếu thiếu chỗ lưu trữ, hãy thử lại sau trong lúc người vận hành giải phóng dung lượng.",
    ],
    // 550 vs 552
    [
        "Vấn đề có nằm ở kích thước thư hoặc dung lượng của hộp thư không?",
        "Với `550`, không: địa chỉ hoặc thư bị từ chối vì lý do khác, chẳng hạn hộp thư không xác định hoặc chính sách. Với `552`, có: thư quá lớn, hoặc dung lượng lưu trữ của người nhận đã hết.",
        "Người nhận không xác định, việc chuyển tiếp (relay) không được phép, người gửi bị từ chối, hoặc chính sách từ chối thư sau `DATA`.",
        "Hãy đọc mã mở rộng: với `5.1.1`, sửa lại địa chỉ; với lần từ chối vì chính sách như `5.7.1`, quản trị viên bên gửi kiểm tra SPF, DKIM và các danh sách chặn.",
        "Kích thước khai báo bằng `SIZE` hoặc kích thước thật của thư vượt giới hạn của máy chủ hay của hộp thư, hoặc hộp thư của người nhận đã đầy (`5.2.2`).",
        "Hãy làm thư nhỏ lại, chẳng hạn gửi tệp lớn dưới dạng liên kết thay vì đính kèm. Nếu hộp thư đã đầy, người nhận phải giải phóng dung lượng.",
    ],
    // 534 vs 535
    [
        "Cùng mật khẩu đó có dùng được với một cơ chế đăng nhập khác không?",
        "Với `534`, có: chỉ cơ chế đã chọn bị từ chối, vì quá yếu đối với tài khoản này. Với `535`, không: chính thông tin đăng nhập không được chấp nhận và phải được sửa.",
        "Máy khách chọn một cơ chế `AUTH` yếu hơn mức chính sách của máy chủ cho phép đối với người dùng đó. Mã này đi kèm `5.7.9`.",
        "Hãy thử lại `AUTH` với một cơ chế mạnh hơn có trong phản hồi `EHLO`, hoặc đổi phương thức xác thực trong chương trình thư. Đặt mật khẩu mới sẽ không giúp được gì.",
        "Khi kết thúc `AUTH`, mật khẩu sai, người dùng không xác định, hoặc thông tin đăng nhập không đủ cho tài khoản. Mã này thường đi kèm `5.7.8`.",
        "Hãy sửa tên người dùng và mật khẩu đã lưu trong chương trình thư; một số nhà cung cấp yêu cầu mật khẩu riêng để gửi thư.",
    ],
    // 534 vs 538
    [
        "Chỉ cần mã hóa kết nối thì có đủ để dùng cơ chế này không?",
        "Với `534`, không: chính sách đòi một cơ chế mạnh hơn cho người dùng này, nên máy khách phải chọn cơ chế khác. Với `538`, có: cơ chế được phép, nhưng chỉ qua kết nối đã mã hóa.",
        "Cơ chế được nêu trong `AUTH` yếu hơn mức máy chủ cho phép đối với tài khoản đó (`5.7.9`).",
        "Hãy chọn một cơ chế mạnh hơn trong danh sách sau `AUTH` ở phản hồi `EHLO`, hoặc đổi phương thức xác thực trong chương trình thư.",
        "Một máy chủ cũ nhận `AUTH` với một cơ chế, thường là loại gửi mật khẩu dạng văn bản thuần, trên một kết nối chưa chạy `STARTTLS` (`5.7.11`). RFC 4954 đã đánh dấu mã này là lỗi thời.",
        "Hãy gửi `STARTTLS`, rồi gửi lại `EHLO`, và lặp lại `AUTH` qua kết nối đã mã hóa; trong chương trình thư, hãy bật TLS cho máy chủ thư đi.",
    ],
    // 454 vs 535
    [
        "Thông tin đăng nhập có bị đánh giá là sai không?",
        "Với `454`, không: máy chủ không kiểm tra được chúng, hoặc không khởi động được TLS, vì một lỗi tạm thời ở phía nó. Với `535`, có: máy chủ đã kiểm tra thông tin đăng nhập và từ chối chúng.",
        "Dịch vụ kiểm tra mật khẩu không phản hồi trong lúc `AUTH`, hoặc cấu hình TLS không dùng được khi `STARTTLS` đến, chẳng hạn vì không tải được chứng chỉ.",
        "Đừng đổi mật khẩu; hãy thử lại sau. Nếu tình trạng kéo dài, người vận hành máy chủ phải kiểm tra dịch vụ xác thực hoặc cấu hình TLS.",
        "Một lượt `AUTH` kết thúc với mật khẩu sai, người dùng không xác định, hoặc thông tin đăng nhập không đủ cho tài khoản.",
        "Hãy sửa tên người dùng và mật khẩu trong chương trình thư. Phần mềm máy khách nên hỏi lại người dùng thay vì thử lại với cùng thông tin đăng nhập.",
    ],
    // 220 vs 554
    [
        "Máy chủ có sẵn lòng phục vụ máy khách này không?",
        "Với `220`, có: máy chủ đã sẵn sàng, và máy khách tiếp tục bằng `EHLO`. Với `554`, không: khi được gửi làm lời chào, mã này từ chối thẳng máy khách, và không thư nào có thể được gửi trong phiên này.",
        "Máy chủ đã sẵn sàng cho máy khách vừa kết nối, hoặc, khi trả lời `STARTTLS`, đã sẵn sàng bắt đầu bắt tay TLS.",
        "Hãy gửi `EHLO`. Sau khi nhận `220` cho `STARTTLS`, hãy hoàn tất bắt tay trước rồi gửi lại `EHLO`.",
        "Máy chủ từ chối máy khách này ngay từ đầu (“No SMTP service here”), thường vì chính sách chặn máy gửi hoặc địa chỉ IP của nó.",
        "Hãy gửi `QUIT` và đừng thử lại y nguyên. Quản trị viên tên miền gửi kiểm tra xem địa chỉ IP có nằm trong danh sách chặn nào không, hoặc liên hệ bên nhận.",
    ],
    // 250 vs 251
    [
        "Phản hồi có cho biết người nhận đã chuyển sang địa chỉ khác không?",
        "Với `250`, không: lệnh chỉ đơn giản là đã thành công, và máy chủ thậm chí có thể chuyển tiếp thư mà không báo gì. Với `251`, có: người dùng không thuộc máy chủ này, và máy chủ sẽ chuyển thư đến địa chỉ mà nó nêu.",
        "Lệnh đã thành công: một `EHLO`, `MAIL FROM` hoặc `RCPT TO` được chấp nhận, hoặc, sau dấu chấm kết thúc, một thư mà máy chủ đã nhận trách nhiệm.",
        "Không có gì cần sửa; hãy tiếp tục với lệnh kế tiếp. Nếu một thư đã được chấp nhận sau phần dữ liệu mà không bao giờ đến nơi, nó đã thất lạc ở chặng sau máy chủ này.",
        "Người nhận trong `RCPT TO` hoặc `VRFY` đã chuyển đi, và máy chủ chấp nhận thư rồi chuyển tiếp nó, kèm theo địa chỉ mới. Khi trả lời `ETRN`, mã này có nghĩa là không có thư nào đang chờ.",
        "Không cần làm gì với thư này. Người gửi có thể cập nhật sổ địa chỉ để thư sau này đến thẳng địa chỉ mới.",
    ],
    // 250 vs 252
    [
        "Khi trả lời `VRFY`, máy chủ có xác nhận địa chỉ không?",
        "Với `250`, có: máy chủ đã xác minh người dùng và nêu hộp thư. Với `252`, không: máy chủ sẽ nhận thư gửi đến địa chỉ đó và thử chuyển phát, nhưng không nói gì về việc hộp thư có tồn tại hay không.",
        "Máy chủ đã xác minh người dùng được nêu trong `VRFY` hoặc `EXPN` và trả lời bằng hộp thư. Với các lệnh khác, `250` chỉ đơn giản báo thành công.",
        "Không có gì cần sửa; phản hồi này là lời xác nhận của máy chủ cho địa chỉ đó.",
        "Máy chủ không xác nhận địa chỉ, thường vì làm vậy sẽ giúp kẻ phát tán thư rác thu thập chúng, nên nó trả lời mọi `VRFY` và `EXPN` theo cách này.",
        "Đừng coi đây là bằng chứng hộp thư tồn tại. Chỉ có gửi thư và xem có thư báo trả lại hay không mới biết được.",
    ],
    // 250 vs 354
    [
        "Máy chủ đã nhận thư để chuyển phát chưa?",
        "Với `250` sau dấu chấm kết thúc: rồi, máy chủ đã nhận trách nhiệm với thư. Với `354`: chưa, máy chủ chỉ đang chờ thư, và chưa có gì được chấp nhận.",
        "Sau dấu chấm kết thúc thư, hoặc phần `BDAT` cuối cùng, máy chủ đã nhận thư và sẽ chuyển phát nó hoặc gửi thư báo trả lại sau. Máy chủ cũng chấp nhận các lệnh thông thường bằng `250`.",
        "Không có gì cần sửa. Nếu thư không bao giờ đến nơi, hãy lần theo nó trong nhật ký của máy chủ đó bằng mã hàng đợi (queue ID) mà nhiều máy chủ ghi trong nội dung phản hồi.",
        "Máy chủ đã chấp nhận `DATA`, sau khi ít nhất một người nhận được chấp nhận, và giờ đang chờ phần tiêu đề, phần thân và một dòng chỉ chứa một dấu chấm.",
        "Hãy gửi thư, kết thúc bằng dòng dấu chấm và chờ phản hồi cuối cùng. Nếu phiên cứ bị treo ở đây, hãy tìm xem giữa hai máy chủ có đường truyền chậm hoặc không ổn định không.",
    ],
    // 220 vs 421
    [
        "Máy chủ có sẵn sàng phục vụ phiên này không?",
        "Với `220`, có: lời chào mời máy khách tiếp tục bằng `EHLO`. Với `421`, không: máy chủ lúc này không phục vụ được và đóng kết nối, dù lần thử sau có thể thành công.",
        "Máy chủ đã sẵn sàng cho máy khách vừa kết nối, hoặc sẵn sàng mã hóa kết nối sau `STARTTLS`.",
        "Hãy tiếp tục bằng `EHLO`, hoặc hoàn tất bắt tay TLS trước rồi gửi lại `EHLO`.",
        "Máy chủ quá tải, đang áp dụng danh sách xám với máy khách, hoặc đang tắt, nên nó chào bằng `421`, hoặc trả lời bất kỳ lệnh nào bằng mã này, rồi đóng kênh truyền.",
        "Hãy để máy chủ gửi đưa thư vào hàng đợi và kết nối lại sau, với khoảng chờ tăng dần. Nếu lỗi cứ lặp lại, hãy đọc nội dung để biết lý do.",
    ],
    // 221 vs 421
    [
        "Máy khách có yêu cầu kết thúc kết nối không?",
        "Với `221`, có: mã này trả lời `QUIT` bằng một lời tạm biệt bình thường. Với `421`, không: máy chủ tự đóng kết nối vì không thể tiếp tục.",
        "Máy khách đã gửi `QUIT` khi kết thúc phiên. Mọi thứ máy chủ đã xác nhận trước đó trong phiên vẫn giữ nguyên hiệu lực.",
        "Không có gì cần sửa. Nếu trong cùng phiên có lần gửi bị lỗi, hãy xem phản hồi ngay trước `QUIT`.",
        "Máy chủ quá tải hoặc phải tắt, nên nó từ chối ngay ở lời chào hoặc kết thúc phiên sau bất kỳ lệnh nào.",
        "Hãy thử lại sau trong một phiên mới; thư không có lỗi gì. Giao dịch nào chưa được xác nhận khi kết nối bị đóng thì phải gửi lại.",
    ],
    // 421 vs 521
    [
        "Máy chủ có thể nhận thư nếu máy khách thử lại sau không?",
        "Với `421`, có: dịch vụ chỉ tạm thời không khả dụng. Với `521`, không: máy chủ này không bao giờ nhận thư cho bất kỳ ai, nên thử lại là vô ích.",
        "Quá tải, danh sách xám hoặc việc tắt máy khiến máy chủ không phục vụ được phiên này, nên nó gửi `421` thay cho lời chào hoặc để trả lời bất kỳ lệnh nào.",
        "Hãy đưa thư vào hàng đợi và thử lại sau với khoảng chờ tăng dần; thư không cần thay đổi gì.",
        "Máy chủ này là một máy chủ giả dành cho một máy hoặc tên miền không nhận thư, và nó chào mọi máy khách bằng `521` thay vì `220`.",
        "Đừng thử lại với máy chủ này. Hãy kiểm tra tên miền người nhận xem có gõ sai không và hỏi một địa chỉ khác; nếu tên miền đáng lẽ phải nhận được thư, quản trị viên của nó phải trỏ các bản ghi MX đến một máy chủ thư thật.",
    ],
    // 521 vs 554
    [
        "Máy chủ có từ chối thư của tất cả mọi người không?",
        "Với `521`, có: đây là máy chủ hoàn toàn không nhận thư. Với `554`, không: máy chủ nói chung vẫn nhận thư nhưng từ chối máy khách này, giao dịch này hoặc nội dung này.",
        "Máy chủ tồn tại chỉ để báo rằng nó không nhận thư, điển hình là cho một tên miền không có dịch vụ thư, và chào mọi máy khách bằng `521`.",
        "Đừng thử lại với máy chủ này. Hãy kiểm tra tên miền người nhận xem có gõ sai không và hỏi một địa chỉ khác; nếu tên miền cần nhận thư, quản trị viên của nó sẽ sửa các bản ghi MX.",
        "Máy chủ từ chối máy khách này ngay ở lời chào, thường vì lý do chính sách, hoặc làm thất bại một giao dịch, chẳng hạn nội dung bị từ chối sau dữ liệu thư.",
        "Hãy đọc nội dung và mã mở rộng. Sau một lời chào từ chối, quản trị viên tên miền gửi kiểm tra các danh sách chặn hoặc liên hệ bên nhận; các trường hợp khác, hãy thay đổi nội dung bị từ chối.",
    ],
    // 454 vs 530
    [
        "Máy khách có bỏ qua một bước bắt buộc không?",
        "Với `454`, không: máy khách đã thực hiện bước đó, nhưng máy chủ không hoàn tất được vì một lỗi tạm thời. Với `530`, có: lệnh cần có `AUTH`, hoặc `STARTTLS`, trước thì máy chủ mới chịu thực hiện.",
        "Máy chủ không kiểm tra được thông tin đăng nhập trong lúc `AUTH` vì dịch vụ mật khẩu của nó không phản hồi, hoặc không khởi động được TLS sau `STARTTLS`.",
        "Hãy thử lại sau mà không đổi mật khẩu. Nếu tình trạng kéo dài, người vận hành máy chủ kiểm tra dịch vụ xác thực hoặc cấu hình TLS.",
        "`MAIL FROM` hoặc một lệnh khác đến trước khi đăng nhập, hoặc trước khi mã hóa trên một máy chủ bắt buộc dùng TLS.",
        "Hãy bật xác thực, và bật cả TLS nếu nội dung yêu cầu, trong chương trình thư. Phần mềm phải gửi `STARTTLS`, `EHLO` và `AUTH` trước `MAIL FROM`.",
    ],
    // 500 vs 502
    [
        "Máy chủ có biết lệnh này không?",
        "Với `500`, không: tên lệnh không được biết đến hoặc bị viết sai, hoặc dòng lệnh quá dài để đọc. Với `502`, có: máy chủ nhận ra lệnh nhưng không triển khai nó hoặc đã tắt nó.",
        "Lệnh bị viết sai hoặc không được biết đến, chẳng hạn một phần mở rộng mà máy chủ chưa từng công bố, hoặc dòng lệnh vượt giới hạn độ dài.",
        "Hãy sửa lệnh trong máy khách: viết đúng chính tả, rút ngắn dòng, và chỉ dùng lệnh mở rộng khi phản hồi `EHLO` có liệt kê chúng.",
        "Một lệnh đã biết như `VRFY`, `EXPN` hoặc `HELP` không khả dụng ở đây. Những máy chủ rất cũ trả lời `EHLO` theo cách này vì chỉ biết `HELO`.",
        "Hãy tiếp tục mà không dùng lệnh đó, và quay về `HELO` nếu `EHLO` bị từ chối. Nếu cần tính năng đó, hãy hỏi người vận hành xem có bật được không.",
    ],
    // 500 vs 503
    [
        "Bản thân lệnh có hợp lệ không?",
        "Với `500`, không: máy chủ không nhận ra lệnh. Với `503`, có: lệnh không có vấn đề gì nhưng đến sai thời điểm trong phiên.",
        "Dòng lệnh chứa một lệnh không xác định hoặc bị viết sai, hoặc dài hơn giới hạn chuẩn.",
        "Hãy sửa lệnh trong máy khách; gửi lại cùng dòng đó sẽ lại thất bại.",
        "Một lệnh hợp lệ đến sai thứ tự, chẳng hạn `DATA` trước khi có người nhận nào được chấp nhận, hoặc `RCPT TO` trước `MAIL FROM`.",
        "Hãy sửa thứ tự lệnh, hoặc gửi `RSET` để bắt đầu lại từ đầu. Hãy kiểm tra xem có lần từ chối nào trước đó khiến giao dịch thiếu người gửi hoặc người nhận không.",
    ],
    // 501 vs 503
    [
        "Các đối số của lệnh có bị sai không?",
        "Với `501`, có: một địa chỉ, tham số hoặc đối số bị sai định dạng hoặc nằm ngoài phạm vi cho phép. Với `503`, không: lệnh và các đối số đều ổn, nhưng lệnh được gửi sai lúc.",
        "Máy khách gửi một địa chỉ sai định dạng trong `MAIL FROM` hoặc `RCPT TO`, một đối số `EHLO` không hợp lệ, hoặc đối số cho một lệnh không nhận đối số nào.",
        "Hãy sửa các đối số trong máy khách; nội dung sau mã thường chỉ ra phần bị sai.",
        "Một `MAIL FROM` thứ hai đến trong lúc một giao dịch đang mở, `RCPT TO` đến trước `MAIL FROM`, hoặc `AUTH` đến sau khi đã đăng nhập thành công.",
        "Hãy sửa thứ tự lệnh trong máy khách, hoặc gửi `RSET` rồi bắt đầu lại giao dịch.",
    ],
    // 502 vs 503
    [
        "Lệnh này có được chấp nhận ở một thời điểm khác trong phiên không?",
        "Với `502`, không: máy chủ này không triển khai lệnh, hoặc đã tắt nó, bất kể lệnh được gửi lúc nào. Với `503`, có: lệnh được hỗ trợ và chỉ đến sai thứ tự.",
        "Máy khách dùng `VRFY`, `EXPN`, `HELP` hoặc, trên những máy chủ rất cũ, `EHLO`, và máy chủ không cung cấp lệnh đó. Máy chủ chuyển tiếp theo yêu cầu (on-demand relay) từ chối phần lớn các lệnh theo cách này.",
        "Hãy ngừng gửi lệnh đó đến máy chủ này và tiếp tục mà không dùng nó.",
        "Một lệnh hợp lệ đến khi phiên chưa sẵn sàng cho nó, chẳng hạn `DATA` khi chưa có người nhận nào được chấp nhận.",
        "Hãy sửa thứ tự lệnh của máy khách: `EHLO`, `AUTH` nếu cần, `MAIL FROM`, một hoặc nhiều `RCPT TO`, rồi `DATA`.",
    ],
    // 503 vs 554
    [
        "Vấn đề có chỉ là lệnh được gửi sai thời điểm không?",
        "Với `503`, có: một lệnh hợp lệ đến sai thứ tự. Với `554`, không: máy chủ từ chối chính phiên hoặc giao dịch, chẳng hạn vì không có người nhận nào hợp lệ hoặc nội dung bị từ chối.",
        "Máy khách gửi `RCPT TO` trước `MAIL FROM`, gửi `DATA` khi chưa có người nhận được chấp nhận, hoặc tiếp tục gửi lệnh sau khi lời chào `554` đã từ chối phiên.",
        "Hãy sửa thứ tự lệnh. Nếu phiên bắt đầu bằng `554`, chính lời chào đó mới là vấn đề thật sự.",
        "Máy chủ từ chối máy khách ngay ở lời chào, làm `DATA` thất bại vì không có người nhận nào được chấp nhận, hoặc từ chối nội dung sau dữ liệu thư.",
        "Hãy đọc nội dung và mã mở rộng. Nếu lời chào bị từ chối, quản trị viên tên miền gửi kiểm tra các danh sách chặn; nội dung bị từ chối thì phải được thay đổi.",
    ],
    // 501 vs 504
    [
        "Cú pháp của lệnh có đúng không?",
        "Với `501`, không: một đối số bị sai định dạng, bị lặp lại hoặc nằm ngoài phạm vi. Với `504`, có: lệnh được viết đúng, nhưng máy chủ không cung cấp tùy chọn hoặc giá trị mà lệnh nêu.",
        "Một địa chỉ, tham số hoặc đối số vi phạm cú pháp, chẳng hạn một địa chỉ sai định dạng, hoặc dữ liệu trong lúc `AUTH` không phải Base64 hợp lệ.",
        "Hãy sửa các đối số trong máy khách, đối chiếu tên và giá trị tham số với phần mở rộng định nghĩa chúng.",
        "Máy khách nêu một thứ mà máy chủ không triển khai, thường nhất là một cơ chế `AUTH` mà nó không hỗ trợ hoặc không cho phép trên kết nối này.",
        "Hãy chọn một cơ chế `AUTH` được liệt kê trong phản hồi `EHLO`, chạy `STARTTLS` trước nếu cần, hoặc gửi lệnh mà không kèm tham số đó.",
    ],
    // 501 vs 553
    [
        "Phản hồi có thể liên quan đến thứ khác ngoài tên hộp thư không?",
        "Với `501`, có: mã này bao quát mọi đối số hoặc tham số sai định dạng, và địa chỉ sai chỉ là một trường hợp trong số đó. Với `553`, không: mã này luôn liên quan đến một tên hộp thư sai định dạng, không được phép hoặc không rõ ràng.",
        "Một đối số bị sai định dạng: địa chỉ hỏng, đối số `EHLO` không hợp lệ, giá trị tham số mở rộng sai, hoặc có đối số ở một lệnh không nhận đối số nào.",
        "Hãy sửa dòng lệnh; nội dung phản hồi thường nêu phần bị sai.",
        "Địa chỉ trong `MAIL FROM` hoặc `RCPT TO` sai cú pháp hoặc có ký tự mà máy chủ không chấp nhận, chẳng hạn ký tự ngoài ASCII, hoặc một tên trong `VRFY` khớp với nhiều người dùng.",
        "Hãy kiểm tra địa chỉ từng ký tự một và sửa lại. Với địa chỉ có ký tự ngoài ASCII, hãy dùng địa chỉ ASCII thông thường của người nhận nếu họ có.",
    ],
    // 501 vs 555
    [
        "Vấn đề có nằm ở một tham số mở rộng mà máy chủ không hỗ trợ không?",
        "Với `501`, không: lệnh hoặc tham số được biết đến, nhưng đối số của nó bị viết sai. Với `555`, có: một tham số trong `MAIL FROM` hoặc `RCPT TO` không được biết đến hoặc không được triển khai ở đây.",
        "Một địa chỉ sai định dạng, một đối số nằm ngoài phạm vi, hoặc một tham số mở rộng có giá trị không hợp lệ.",
        "Hãy sửa đối số; nội dung sau mã thường chỉ ra nó.",
        "Máy khách thêm một tham số như `SMTPUTF8`, `REQUIRETLS` hoặc `MT-PRIORITY` mà máy chủ không công bố sau `EHLO`.",
        "Chỉ gửi những tham số được liệt kê trong phản hồi `EHLO`, hoặc bỏ tham số đó đi. Nếu thư cần phần mở rộng này, hãy chuyển nó qua một máy chủ có hỗ trợ.",
    ],
    // 504 vs 555
    [
        "Mã này có thể là câu trả lời cho `AUTH` không?",
        "Với `504`, có: mã này từ chối một tùy chọn của nhiều lệnh khác nhau, thường nhất là một cơ chế `AUTH`. Với `555`, không: mã này chỉ trả lời `MAIL FROM` và `RCPT TO`, khi có một tham số mở rộng mà máy chủ không biết.",
        "Lệnh được hỗ trợ nhưng biến thể được yêu cầu thì không: một cơ chế `AUTH`, một đối số của `VRFY`, `EXPN` hoặc `HELP`, hoặc một tham số chuyển đổi nội dung.",
        "Hãy dùng một tùy chọn mà máy chủ cung cấp, chẳng hạn một cơ chế có trong phản hồi `EHLO`, hoặc bỏ tham số đó đi.",
        "`MAIL FROM` hoặc `RCPT TO` mang một tham số mà máy chủ không công bố, hoặc một hạn chót Deliver By mà máy chủ không bao giờ đáp ứng được.",
        "Chỉ gửi những tham số đã được công bố, hoặc bỏ tham số bị từ chối; nếu thư phụ thuộc vào nó, hãy chuyển phát qua một máy chủ khác.",
    ],
    // 455 vs 555
    [
        "Cùng các tham số đó có thể được chấp nhận về sau không?",
        "Với `455`, có: máy chủ hiểu các tham số nhưng lúc này không thể đáp ứng chúng. Với `555`, không: máy chủ không nhận ra hoặc không triển khai chúng, nên lần nào cũng thất bại.",
        "Một tham số trong `MAIL FROM` hoặc `RCPT TO` đòi hỏi điều mà máy chủ tạm thời không cung cấp được, chẳng hạn một hạn chót Deliver By mà điều kiện hiện tại khiến không thể đáp ứng.",
        "Hãy thử lại sau. Nếu lỗi cứ xảy ra, hãy gửi mà không có tham số đó hoặc nới giá trị của nó, chẳng hạn đặt hạn chót muộn hơn.",
        "Một tham số trong `MAIL FROM` hoặc `RCPT TO` không được công bố sau `EHLO`, nên máy chủ không hỗ trợ nó.",
        "Hãy bỏ tham số đó, hoặc gửi qua một máy chủ có hỗ trợ phần mở rộng này.",
    ],
    // 504 vs 534
    [
        "Cơ chế có bị từ chối chỉ riêng cho tài khoản của người dùng này không?",
        "Với `504`, không: máy chủ không hỗ trợ cơ chế đó, hoặc không cho phép nó trên kết nối này. Với `534`, có: chính sách của máy chủ đòi một cơ chế mạnh hơn cho người dùng này.",
        "`AUTH` nêu một cơ chế mà máy chủ không triển khai, hoặc một cơ chế mà nó chỉ cho phép sau `STARTTLS` (`5.5.4`).",
        "Hãy chọn một cơ chế trong danh sách ở phản hồi `EHLO`, chạy `STARTTLS` trước nếu cơ chế bạn muốn chỉ được cung cấp sau đó.",
        "Cơ chế được nêu trong `AUTH` yếu hơn mức chính sách cho phép đối với tài khoản đó (`5.7.9`).",
        "Hãy dùng một cơ chế mạnh hơn; trong chương trình thư, hãy đổi phương thức xác thực. Đặt mật khẩu mới sẽ không giúp được gì.",
    ],
    // 504 vs 538
    [
        "Các máy chủ hiện nay có được yêu cầu gửi phản hồi này không?",
        "Với `504`, có: RFC 4954 quy định các máy chủ hiện nay dùng mã này để từ chối một cơ chế không được hỗ trợ hoặc chưa được cung cấp. Với `538`, không: mã này đã lỗi thời, do các máy chủ cũ gửi để yêu cầu mã hóa trước khi dùng cơ chế đó.",
        "`AUTH` nêu một cơ chế mà máy chủ không hỗ trợ, hoặc không cung cấp trên kết nối chưa mã hóa.",
        "Hãy chọn một cơ chế được liệt kê trong phản hồi `EHLO` hiện tại; sau `STARTTLS` và một `EHLO` mới, có thể sẽ có thêm cơ chế được cung cấp.",
        "Một máy chủ cũ nhận `AUTH` với một cơ chế, thường là loại gửi mật khẩu dạng văn bản thuần, trước `STARTTLS` (`5.7.11`).",
        "Hãy gửi `STARTTLS`, rồi gửi lại `EHLO`, và lặp lại `AUTH`. Người vận hành máy chủ nên ngừng dùng mã này.",
    ],
    // 530 vs 550
    [
        "Vấn đề có chỉ là chưa đăng nhập hoặc chưa mã hóa không?",
        "Với `530`, có: máy chủ chỉ muốn có `AUTH`, hoặc trên một số máy chủ là `STARTTLS`, trước khi tiếp tục. Với `550`, không: chính hộp thư hoặc thư bị từ chối, chẳng hạn vì địa chỉ không xác định hoặc vì một quy tắc chính sách.",
        "`MAIL FROM` hoặc một lệnh sau đó đến trước `AUTH`, hoặc trước `STARTTLS` trên một máy chủ bắt buộc dùng TLS.",
        "Hãy bật xác thực, và bật cả TLS nếu nội dung yêu cầu, cho máy chủ thư đi trong chương trình thư, rồi gửi lại.",
        "Người nhận không xác định, việc chuyển tiếp (relay) bị từ chối, người gửi bị chặn, hoặc chính sách từ chối thư.",
        "Hãy làm theo mã mở rộng: với `5.1.1`, sửa lại địa chỉ; với `5.7.1`, gửi qua máy chủ của chính bạn có đăng nhập, hoặc sửa thiết lập của bên gửi.",
    ],
    // 550 vs 556
    [
        "Lần từ chối có áp dụng cho mọi địa chỉ ở tên miền đó không?",
        "Với `550`, không: một hộp thư, người gửi hoặc thư bị từ chối, và các địa chỉ khác ở tên miền đó vẫn có thể dùng được. Với `556`, có: tên miền tuyên bố rằng nó hoàn toàn không nhận thư.",
        "Một hộp thư không xác định, người gửi không được phép dùng nó, hoặc chính sách từ chối thư này.",
        "Hãy đọc mã mở rộng: sửa lại địa chỉ, hoặc nhờ quản trị viên bên gửi khắc phục vấn đề chính sách.",
        "Một máy chủ chuyển tiếp hoặc máy chủ tiếp nhận thư thấy bản ghi null MX cho tên miền của người nhận và từ chối `RCPT TO` mà không thử kết nối (`5.1.10`).",
        "Hãy kiểm tra tên miền sau `@` xem có gõ sai không và hỏi một địa chỉ dùng được. Chủ tên miền muốn nhận thư phải thay null MX bằng các bản ghi MX thật.",
    ],
    // 552 vs 554
    [
        "Bản thân mã phản hồi có nói rằng vấn đề nằm ở kích thước hoặc dung lượng lưu trữ không?",
        "Với `552`, có: nghĩa của mã này là đã vượt giới hạn kích thước hoặc dung lượng lưu trữ. Với `554`, không: tự nó không nêu nguyên nhân nào, và chỉ mã mở rộng, như `5.3.4`, hoặc nội dung mới cho biết điều gì đã thất bại.",
        "Kích thước khai báo bằng `SIZE` ở `MAIL FROM` vượt giới hạn, dữ liệu thư hóa ra quá lớn, hoặc hộp thư của người nhận đã đầy.",
        "Hãy thu nhỏ thư hoặc gửi tệp lớn dưới dạng liên kết. Nếu hộp thư đã đầy, người nhận phải giải phóng dung lượng.",
        "Máy chủ từ chối máy khách ngay ở lời chào, không thấy người nhận nào được chấp nhận khi đến `DATA`, hoặc từ chối nội dung sau dữ liệu thư.",
        "Hãy đọc nội dung và mã mở rộng để biết lý do, rồi thay đổi điều bị từ chối; gửi lại y nguyên sẽ không giúp được gì.",
    ],
    // 553 vs 554
    [
        "Vấn đề có nằm ở một địa chỉ hộp thư không?",
        "Với `553`, có: một tên hộp thư bị sai định dạng, không được phép hoặc không rõ ràng. Với `554`, không: cả giao dịch hoặc cả phiên bị từ chối, chứ không phải một địa chỉ.",
        "Địa chỉ trong `MAIL FROM` hoặc `RCPT TO` sai định dạng hoặc dùng ký tự mà máy chủ không chấp nhận, hoặc một tên trong `VRFY` không rõ ràng.",
        "Hãy sửa địa chỉ, kiểm tra từng ký tự một, rồi gửi lại.",
        "Máy chủ từ chối máy khách ngay ở lời chào, không có người nhận hợp lệ nào khi đến `DATA`, hoặc từ chối nội dung.",
        "Hãy đọc nội dung và mã mở rộng. Hãy thay đổi nội dung bị từ chối, hoặc nhờ quản trị viên tên miền gửi gỡ chặn cho máy gửi.",
    ],
    // 251 vs 551
    [
        "Máy chủ có tự chuyển tiếp thư không?",
        "Với `251`, có: máy chủ chấp nhận người nhận và chuyển thư đến địa chỉ mới. Với `551`, không: máy chủ từ chối người nhận, và máy khách phải tự gửi đến địa chỉ mới.",
        "Người nhận đã chuyển đi, và máy chủ chấp nhận thư rồi chuyển tiếp nó, kèm theo địa chỉ mới.",
        "Không cần làm gì với thư này; người gửi có thể cập nhật sổ địa chỉ.",
        "Thư của người nhận được xử lý ở nơi khác, và bên nhận cho biết địa chỉ mới thay vì chuyển tiếp.",
        "Hãy kiểm tra xem địa chỉ trong nội dung có hợp lý không, gửi thư đến đó và cập nhật danh bạ.",
    ],
    // 235 vs 535
    [
        "Đăng nhập có thành công không?",
        "Với `235`, có: thông tin đăng nhập được chấp nhận cho phần còn lại của phiên. Với `535`, không: máy chủ đã từ chối tên người dùng, mật khẩu hoặc thông tin đăng nhập khác.",
        "Một lượt `AUTH` kết thúc với thông tin đăng nhập hợp lệ, thường kèm mã mở rộng `2.7.0`.",
        "Hãy tiếp tục bằng `MAIL FROM`. Nếu việc gửi vẫn thất bại, nguyên nhân nằm ở một phản hồi phía sau.",
        "Một lượt `AUTH` kết thúc với mật khẩu sai, người dùng không xác định hoặc thông tin đăng nhập không đủ cho tài khoản, thường kèm `5.7.8`.",
        "Hãy sửa thông tin đăng nhập trong chương trình thư; phần mềm máy khách nên hỏi lại người dùng thay vì thử lại với thông tin cũ.",
    ],
    // 235 vs 334
    [
        "Lượt trao đổi `AUTH` đã kết thúc chưa?",
        "Với `235`: rồi, đăng nhập đã thành công. Với `334`: chưa, máy chủ đang chờ câu trả lời tiếp theo của máy khách trong lượt trao đổi.",
        "Máy khách đã hoàn tất `AUTH` với thông tin đăng nhập mà máy chủ chấp nhận.",
        "Hãy tiếp tục bằng `MAIL FROM` và phần còn lại của giao dịch.",
        "Sau `AUTH`, và sau mỗi câu trả lời của máy khách, máy chủ gửi dữ liệu base64 cho cơ chế, có thể là trống, cho đến khi lượt trao đổi hoàn tất.",
        "Hãy trả lời bằng một dòng base64, hoặc bằng `*` để hủy. Nếu việc đăng nhập bị treo ở đây, hãy kiểm tra xem hai bên có cùng hỗ trợ cơ chế đó không và có gì cắt ngang kết nối không.",
    ],
    // 334 vs 354
    [
        "Máy chủ có đang chờ nội dung thư không?",
        "Với `334`, không: máy chủ chờ bước tiếp theo của một lần đăng nhập `AUTH`. Với `354`, có: máy chủ đã chấp nhận `DATA` và chờ thư, kết thúc bằng một dòng chỉ chứa một dấu chấm.",
        "Trong lúc `AUTH`, máy chủ gửi dữ liệu do cơ chế quy định, chẳng hạn một chuỗi thử thách, và chờ câu trả lời base64 của máy khách.",
        "Hãy gửi câu trả lời base64, hoặc `*` để hủy đăng nhập.",
        "Máy chủ đã chấp nhận `DATA`, khi đã có ít nhất một người nhận được chấp nhận, và chờ phần tiêu đề, phần thân và dấu chấm kết thúc.",
        "Hãy gửi thư và dòng dấu chấm, rồi chờ phản hồi cuối cùng.",
    ],
    // 432 vs 535
    [
        "Mật khẩu có bị từ chối không?",
        "Với `432`, không: máy chủ cần một lần đăng nhập bằng `PLAIN` trước khi cơ chế đã chọn có thể dùng được cho tài khoản. Với `535`, có: thông tin đăng nhập không được chấp nhận.",
        "Máy chủ chưa lưu thông tin đăng nhập của tài khoản ở dạng mà cơ chế `AUTH` được yêu cầu cần đến (`4.7.12`).",
        "Hãy đăng nhập một lần bằng `PLAIN`, và chỉ qua kết nối đã mã hóa, rồi chuyển lại về cơ chế ưu tiên.",
        "Khi kết thúc `AUTH`, mật khẩu sai, người dùng không xác định, hoặc thông tin đăng nhập không đủ cho tài khoản.",
        "Hãy sửa tên người dùng và mật khẩu đã lưu trong chương trình thư.",
    ],
    // 551 vs X.1.6
    [
        "Có địa chỉ mới nào được đưa ra không?",
        "Với `551`, có: nội dung thường nêu địa chỉ cần dùng thay thế. Với `X.1.6`, không: hộp thư đã chuyển đi, nhưng không có địa chỉ chuyển tiếp nào được biết.",
        "Thư của người dùng được xử lý ở nơi khác, và bên nhận cho biết địa chỉ mới khi trả lời `RCPT TO` hoặc `VRFY`.",
        "Hãy kiểm tra xem địa chỉ được nêu có hợp lý không, gửi thư đến đó và cập nhật danh bạ.",
        "Một địa chỉ cũ, chẳng hạn của người đã rời khỏi một tổ chức, không còn nhận thư, và máy chủ không có địa chỉ mới nào để đưa ra.",
        "Hãy xóa địa chỉ khỏi danh bạ và các danh sách, rồi hỏi người đó địa chỉ hiện tại của họ.",
    ],
    // X.2.2 vs X.2.3
    [
        "Một thư nhỏ hơn có vừa với hộp thư này không?",
        "Với `X.2.2`, không: hộp thư đã dùng hết hạn mức, và không gì vừa nữa cho đến khi người nhận giải phóng dung lượng. Với `X.2.3`, có: thư vượt giới hạn kích thước riêng của hộp thư này, nên một thư nhỏ hơn có thể qua.",
        "Hộp thư của người nhận đã vượt hạn mức dung lượng, được phát hiện ở `RCPT TO`, ở cuối dữ liệu thư, hoặc ở bước chuyển phát cuối cùng.",
        "Hãy báo cho người nhận qua kênh khác; họ phải xóa hoặc lưu trữ bớt thư, hoặc quản trị viên của họ phải nâng hạn mức. Sau `4.2.2`, máy chủ của bạn sẽ thử lại; sau `5.2.2`, hãy gửi lại sau.",
        "Người nhận có giới hạn kích thước thấp hơn giới hạn chung của máy chủ, và thư vượt giới hạn đó. Máy chủ gửi mã này kèm `552`, thường là sau dữ liệu thư.",
        "Hãy bỏ hoặc nén tệp đính kèm, hoặc chia sẻ tệp lớn qua liên kết. Nếu người nhận cần nhận tệp lớn, quản trị viên của họ có thể nâng giới hạn cho hộp thư của họ.",
    ],
    // X.1.1 vs X.1.2
    [
        "Tên miền của người nhận có nhận thư không?",
        "Với `X.1.1`, có: tên miền hoạt động, nhưng hộp thư trước `@` không tồn tại ở đó. Với `X.1.2`, không: phần sau `@` không tồn tại hoặc không thể nhận email.",
        "Máy chủ nhận biết tên miền nhưng không biết hộp thư, và trả lời `RCPT TO` bằng `550 5.1.1`, hoặc một máy chủ ở chặng sau báo lỗi này trong thư báo trả lại.",
        "Hãy kiểm tra phần trước `@` và xác nhận địa chỉ với người nhận; có thể người đó đã nghỉ việc hoặc đổi địa chỉ.",
        "Truy vấn DNS cho tên miền người nhận cho thấy không có tên miền đó hoặc không có máy chủ thư dùng được. Máy chủ gửi báo lỗi này trong thư báo trả lại, và máy chủ chuyển tiếp có thể dùng nó để từ chối `RCPT TO`.",
        "Hãy kiểm tra tên miền xem có gõ sai không, chẳng hạn sai phần đuôi, và xác nhận lại với người nhận. Nếu tên miền là của bạn, hãy đăng ký nó và công bố các bản ghi MX đúng.",
    ],
    // X.1.1 vs X.2.1
    [
        "Hộp thư có tồn tại không?",
        "Với `X.1.1`, không: không có hộp thư nào mang tên đó ở tên miền này. Với `X.2.1`, có: hộp thư tồn tại nhưng đã bị tắt chức năng nhận thư.",
        "Tên trước `@` không được biết đến ở một tên miền có nhận thư, nên `RCPT TO` nhận được `550 5.1.1`.",
        "Hãy sửa địa chỉ hoặc hỏi người nhận địa chỉ hiện tại; gửi lại y nguyên sẽ lại thất bại.",
        "Nhà cung cấp đã tạm ngưng, khóa hoặc đóng tài khoản nhưng chưa xóa. `4.2.1` nghĩa là bị chặn trong một thời gian, `5.2.1` là bị chặn và sẽ không được gỡ.",
        "Hãy liên hệ người nhận qua kênh khác để xin một địa chỉ dùng được hoặc để họ cho kích hoạt lại tài khoản. Sau `4.2.1`, máy chủ của bạn tự thử lại.",
    ],
    // X.4.1 vs X.4.2
    [
        "Máy chủ gửi có kết nối được tới máy chủ kế tiếp không?",
        "Với `X.4.1`, không: máy chủ kia không hề trả lời, vì đang bận, ngừng hoạt động hoặc không thể truy cập. Với `X.4.2`, có: kết nối đã được thiết lập, nhưng bị gián đoạn trước khi giao dịch hoàn tất.",
        "Máy chủ gửi không nhận được trả lời từ các máy chủ thư của người nhận: các kết nối của nó bị hết thời gian chờ hoặc bị từ chối. Nó báo điều này trong thông báo chậm trễ hoặc trong nhật ký.",
        "Hãy chờ các lần thử lại. Nếu kéo dài hàng giờ, hãy kiểm tra bản ghi MX của tên miền người nhận, xem các máy chủ của họ có đang chạy và chấp nhận kết nối không, và có tường lửa nào chặn chúng không.",
        "Phía bên kia ngừng phản hồi trong lúc phiên đang diễn ra, hoặc kết nối bị đứt, chẳng hạn giữa lúc truyền `DATA` dài.",
        "Hãy để máy chủ gửi thử lại, coi giao dịch như một `451` tạm thời. Nếu một đích đến cứ thất bại, hãy tìm hiện tượng mất gói và kiểm tra thời gian chờ ở cả hai phía.",
    ],
    // X.4.1 vs X.4.7
    [
        "Việc chuyển phát có kết thúc vì thư đã quá cũ không?",
        "Với `X.4.1`, không: mã này nêu trở ngại thật sự, một máy chủ kế tiếp không trả lời. Với `X.4.7`, có: thư nằm trong hàng đợi quá thời gian cho phép, hoặc đã lỡ một hạn chót mà người gửi đặt ra.",
        "Các kết nối đến máy chủ thư của người nhận bị hết thời gian chờ hoặc bị từ chối, nên máy chủ đó có vẻ đang bận, ngừng hoạt động hoặc không thể truy cập.",
        "Hãy để máy chủ gửi tiếp tục thử lại. Nếu kéo dài hàng giờ, hãy kiểm tra bản ghi MX của người nhận, các máy chủ thư của họ và mọi tường lửa ở giữa.",
        "Máy chủ gửi đã thử lại một đích đến trong nhiều ngày mà không thành công rồi bỏ cuộc, hoặc hạn chót đặt bằng phần mở rộng Deliver By đã qua.",
        "Hãy tìm trong thư báo trả lại hoặc nhật ký máy chủ các lỗi của những lần thử trước, khắc phục nguyên nhân thật sự đó, rồi gửi lại thư.",
    ],
    // X.7.1 vs X.7.26
    [
        "Mã này có nói rằng nhiều bước kiểm tra xác thực đã thất bại không?",
        "Với `X.7.1`, không: mã này chỉ nói chính sách từ chối chuyển phát, có thể do chuyển tiếp (relay), danh sách chặn hoặc một bước kiểm tra thất bại. Với `X.7.26`, có: nhiều hơn một bước kiểm tra, như SPF, DKIM hoặc DNS ngược, đã thất bại.",
        "Bên nhận từ chối chuyển tiếp (relay), chặn máy gửi hoặc người gửi, hoặc từ chối thư không qua được SPF hoặc DMARC.",
        "Hãy đọc nội dung để biết quy tắc nào đã khớp. Hãy dùng máy chủ của chính bạn thay vì chuyển tiếp qua máy chủ khác; quản trị viên bên gửi sửa SPF hoặc DMARC, hoặc xin gỡ khỏi danh sách chặn được nêu tên.",
        "Thư không qua được nhiều bước kiểm tra xác thực của bên nhận, và chính sách của bên nhận từ chối nó. Máy chủ dùng mã này thay vì chỉ nêu lỗi đầu tiên.",
        "Quản trị viên bên gửi phải khắc phục mọi bước kiểm tra: liệt kê tất cả máy chủ gửi trong SPF, ký DKIM bằng tên miền `From`, và có DNS ngược khớp. Một thư thử nghiệm sẽ cho thấy từng kết quả.",
    ],
    // X.7.23 vs X.7.24
    [
        "Bước kiểm tra SPF có đi đến kết quả không?",
        "Với `X.7.23`, có: kết quả là “fail”, vì bản ghi của tên miền không cho phép địa chỉ IP gửi. Với `X.7.24`, không: một lỗi đã làm dừng bước kiểm tra, do sự cố DNS hoặc bản ghi bị hỏng.",
        "Tên miền trong `MAIL FROM`, hoặc tên `HELO`, công bố SPF không bao gồm địa chỉ IP gửi, và chính sách của bên nhận từ chối những thư như vậy.",
        "Quản trị viên bên gửi thêm mọi máy chủ gửi hợp lệ vào bản ghi SPF. Nếu nguyên nhân là chuyển tiếp thư, bên chuyển tiếp nên ghi lại `MAIL FROM` bằng tên miền của chính họ.",
        "Các truy vấn DNS cho bản ghi SPF bị hết thời gian chờ (`451 4.7.24`), hoặc bản ghi có lỗi cú pháp, được công bố hai lần, hoặc cần hơn 10 lần tra cứu (`550 5.7.24`).",
        "Quản trị viên bên gửi giữ đúng một bản ghi bắt đầu bằng `v=spf1`, sửa lỗi gõ và giữ trong giới hạn 10 lần tra cứu. Với dạng tạm thời, hãy bảo đảm DNS trả lời ổn định.",
    ],
    // X.7.23 vs X.7.26
    [
        "Mã có chỉ nêu riêng SPF là bước kiểm tra thất bại không?",
        "Với `X.7.23`, có: kết quả SPF là “fail”, và đó là lý do được đưa ra. Với `X.7.26`, không: nhiều bước kiểm tra xác thực đã thất bại, và mã không nói là những bước nào.",
        "Địa chỉ IP gửi không nằm trong bản ghi SPF của tên miền `MAIL FROM` hoặc của tên `HELO`, thường là sau khi thêm một dịch vụ thư mới hoặc do chuyển tiếp thư.",
        "Hãy thêm máy chủ còn thiếu, hoặc `include:` của nhà cung cấp, vào bản ghi SPF duy nhất của tên miền. Với chuyển tiếp thư, bên chuyển tiếp ghi lại `MAIL FROM` bằng tên miền của chính họ.",
        "Nhiều hơn một bước kiểm tra thất bại, chẳng hạn thư giả mạo hoặc thư chuyển tiếp làm hỏng cả SPF lẫn DKIM. Lỗi DMARC cũng có nghĩa là không bước nào đạt cho tên miền `From`.",
        "Hãy sửa cùng lúc SPF, chữ ký DKIM của tên miền `From` và DNS ngược, rồi kiểm tra từng kết quả trong trường tiêu đề `Authentication-Results` của một thư thử nghiệm.",
    ],
    // X.5.1 vs X.5.2
    [
        "Lệnh có được viết đúng cú pháp không?",
        "Với `X.5.1`, có: lệnh đọc được, nhưng không được hỗ trợ hoặc đến sai thời điểm trong phiên. Với `X.5.2`, không: cú pháp của lệnh bị sai, hoặc tên lệnh không được biết đến.",
        "Máy khách gửi một lệnh không được hỗ trợ hoặc đã bị tắt, hoặc gửi lệnh sai thứ tự, chẳng hạn `RCPT TO` trước `MAIL FROM`, hoặc một lệnh trước `STARTTLS` bắt buộc.",
        "Hãy sửa máy khách: giữ đúng thứ tự `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, và chỉ dùng các lệnh có trong phản hồi `EHLO`.",
        "Một lệnh bị sai cú pháp, hoặc một câu trả lời `AUTH` không phải Base64 hợp lệ. `550 5.5.2` còn báo một bản ghi SPF không diễn giải được.",
        "Hãy tìm lệnh bị từ chối trong nhật ký SMTP và sửa máy khách để gửi lệnh đúng cú pháp. Trong trường hợp SPF, chủ tên miền gửi sửa lại bản ghi.",
    ],
    // X.2.3 vs X.3.4
    [
        "Giới hạn kích thước có chỉ áp dụng cho riêng người nhận này không?",
        "Với `X.2.3`, có: hộp thư này có giới hạn riêng, thấp hơn giới hạn của máy chủ, và những người nhận khác vẫn có thể nhận thư. Với `X.3.4`, không: thư vượt mức tối đa của hệ thống đối với mọi người nhận.",
        "Thư vượt giới hạn kích thước đặt cho hộp thư của một người nhận. Mã này đi kèm `552`, thường là sau dữ liệu thư.",
        "Hãy làm thư nhỏ lại, hoặc đề nghị người nhận nhờ quản trị viên của họ nâng giới hạn cho hộp thư.",
        "Kích thước khai báo bằng `SIZE` ở `MAIL FROM`, hoặc kích thước thật sau dữ liệu thư, vượt kích thước thư lớn nhất mà hệ thống nhận chấp nhận.",
        "Hãy chia sẻ tệp lớn qua liên kết hoặc nén chúng, và giữ dưới con số sau `SIZE` trong phản hồi `EHLO` của máy chủ.",
    ],
    // X.1.1 vs X.1.3
    [
        "Địa chỉ có được viết đúng định dạng không?",
        "Với `X.1.1`, có: địa chỉ đọc được, nhưng không có hộp thư nào như vậy. Với `X.1.3`, không: địa chỉ sai định dạng, nên máy chủ thậm chí không tra cứu nó.",
        "Tên miền có nhận thư nhưng không có hộp thư mang tên đó; điển hình là `550 5.1.1` để trả lời `RCPT TO`.",
        "Hãy xác nhận địa chỉ với người nhận qua kênh khác và sửa lại.",
        "Địa chỉ người nhận có ký tự bị cấm hoặc khoảng trắng, thiếu hoặc thừa `@`, không có dấu ngoặc nhọn, hoặc quá dài. Mã này thường đến dưới dạng `501 5.1.3`.",
        "Hãy bỏ các ký tự lạ và bảo đảm có đúng một `@` cùng một tên miền hợp lệ. Lập trình viên cần kiểm tra rằng `RCPT TO` chỉ mang địa chỉ trần trong dấu ngoặc nhọn.",
    ],
    // X.1.1 vs X.1.6
    [
        "Máy chủ có cho biết địa chỉ này từng hoạt động không?",
        "Với `X.1.1`, không: máy chủ chỉ nói rằng không có hộp thư nào mang tên đó. Với `X.1.6`, có: hộp thư đã chuyển đi, và không có địa chỉ chuyển tiếp nào được biết.",
        "Tên trước `@` không được biết đến ở một tên miền có nhận thư.",
        "Hãy kiểm tra địa chỉ xem có gõ sai không và xác nhận với người nhận.",
        "Địa chỉ thuộc về người đã rời khỏi tổ chức hoặc chuyển sang nhà cung cấp khác, và máy chủ không có địa chỉ mới nào để đưa ra.",
        "Hãy ngừng dùng địa chỉ này, xóa nó khỏi danh bạ và danh sách thư, rồi hỏi người đó địa chỉ hiện tại của họ.",
    ],
    // X.1.2 vs X.1.10
    [
        "Tên miền có tuyên bố rằng nó không nhận thư không?",
        "Với `X.1.2`, không: tên miền không tồn tại hoặc không có máy chủ thư dùng được. Với `X.1.10`, có: tên miền công bố null MX, một tuyên bố có chủ ý rằng nó không nhận email.",
        "Truy vấn DNS cho tên miền người nhận cho thấy không có tên miền đó, hoặc không có máy chủ thư dùng được.",
        "Hãy kiểm tra tên miền xem có gõ sai không và xác nhận lại địa chỉ. Nếu tên miền là của bạn, hãy bảo đảm nó đã được đăng ký và công bố bản ghi MX hoặc bản ghi địa chỉ.",
        "Truy vấn DNS thấy null MX cho tên miền người nhận, nên các máy chủ từ chối `RCPT TO` ngay lập tức, thường bằng `556`.",
        "Hãy kiểm tra xem có gõ sai hay nhầm sang một tên miền trông giống không, và xin một địa chỉ dùng được. Chủ tên miền muốn nhận thư phải thay null MX bằng các bản ghi MX thật.",
    ],
    // X.1.3 vs X.1.7
    [
        "Địa chỉ sai định dạng có phải là địa chỉ người nhận không?",
        "Với `X.1.3`, đúng: địa chỉ trong `RCPT TO` không đúng định dạng. Với `X.1.7`, không: địa chỉ người gửi, thường là địa chỉ trong `MAIL FROM`, mới là địa chỉ sai định dạng.",
        "Địa chỉ người nhận có ký tự bị cấm, thiếu hoặc thừa `@`, hoặc không có dấu ngoặc nhọn.",
        "Hãy sửa địa chỉ người nhận rồi gửi lại.",
        "Địa chỉ người gửi thiếu tên miền hoặc thiếu `@`, có ký tự không hợp lệ hoặc không có dấu ngoặc nhọn, thường do một tập lệnh, biểu mẫu hoặc thiết bị được thiết lập sai.",
        "Hãy sửa địa chỉ người gửi trong phần cài đặt của chương trình hoặc thiết bị. `MAIL FROM` chỉ được mang địa chỉ trần trong dấu ngoặc nhọn, không kèm tên hiển thị.",
    ],
    // X.2.2 vs X.3.1
    [
        "Người nhận có thể tự khắc phục bằng cách xóa bớt thư không?",
        "Với `X.2.2`, có: chỉ hộp thư của họ vượt hạn mức. Với `X.3.1`, không: cả hệ thống thư đã hết dung lượng lưu trữ, và chỉ quản trị viên của hệ thống mới thêm được dung lượng.",
        "Hộp thư của một người nhận đã chạm hạn mức; những người nhận khác trên cùng máy chủ vẫn có thể nhận thư.",
        "Hãy báo cho người nhận qua kênh khác; họ xóa hoặc lưu trữ bớt thư, hoặc quản trị viên của họ nâng hạn mức.",
        "Dung lượng đĩa hoặc hàng đợi của máy chủ đã cạn, nên nó trả lời `MAIL FROM`, `RCPT TO` hoặc dữ liệu thư bằng `452 4.3.1`.",
        "Người gửi chờ trong lúc thư được thử lại; quản trị viên của máy chủ nhận giải phóng dung lượng đĩa hoặc bổ sung dung lượng lưu trữ.",
    ],
    // X.3.1 vs X.5.3
    [
        "Máy chủ có hết dung lượng lưu trữ không?",
        "Với `X.3.1`, có: toàn bộ hệ thống thư đã hết chỗ. Với `X.5.3`, không: thư nêu nhiều người nhận hơn số mà máy chủ chấp nhận trong một giao dịch.",
        "Dung lượng đĩa hoặc hàng đợi đã cạn, hoặc không đủ chỗ cho kích thước khai báo bằng `SIZE`. Mã này đến dưới dạng `452 4.3.1`.",
        "Người gửi không cần làm gì; quản trị viên của máy chủ nhận giải phóng hoặc bổ sung dung lượng lưu trữ.",
        "`RCPT TO` đã vượt giới hạn người nhận của máy chủ cho một thư; thường đi kèm `452`, đôi khi `451`, hoặc ở dạng vĩnh viễn `5.5.3`.",
        "Hãy gửi cho những người nhận đã được chấp nhận và gửi phần còn lại trong một giao dịch mới; người dùng nên chia nhỏ danh sách lớn hoặc dùng danh sách thư.",
    ],
    // X.4.3 vs X.4.4
    [
        "Dịch vụ thư mục có trả lời không?",
        "Với `X.4.3`, không: DNS hoặc một dịch vụ thư mục khác không truy cập được hoặc không phản hồi. Với `X.4.4`, có: vấn đề nằm ở dữ liệu định tuyến, điển hình là một tên miền không có bản ghi MX hoặc bản ghi địa chỉ dùng được.",
        "Một truy vấn DNS cần cho việc chuyển phát bị hết thời gian chờ hoặc thất bại ở phía máy chủ DNS, chẳng hạn trong lúc kiểm tra SPF (`451 4.4.3`).",
        "Hãy để các lần thử lại diễn ra. Nếu tình trạng kéo dài, hãy kiểm tra bộ phân giải DNS của máy chủ báo lỗi và các máy chủ DNS của tên miền bị ảnh hưởng.",
        "Tên miền của người nhận không tồn tại, không có bản ghi MX hoặc bản ghi địa chỉ dùng được, hoặc chỉ trả về bản ghi SOA, nên không biết chặng kế tiếp là đâu.",
        "Hãy kiểm tra tên miền người nhận xem có gõ sai không. Nếu tên miền đúng, chủ của nó phải công bố bản ghi MX hoặc bản ghi địa chỉ dẫn đến một máy chủ thư truy cập được.",
    ],
    // X.7.8 vs X.7.9
    [
        "Bản thân thông tin đăng nhập có bị từ chối không?",
        "Với `X.7.8`, có: tên người dùng, mật khẩu hoặc thông tin đăng nhập khác bị sai hoặc không đủ. Với `X.7.9`, không: chỉ cơ chế đăng nhập bị từ chối vì quá yếu, còn mật khẩu có thể vẫn đúng.",
        "Máy chủ tiếp nhận thư từ chối `AUTH` bằng `535 5.7.8`, chẳng hạn vì chương trình thư vẫn lưu mật khẩu cũ.",
        "Hãy nhập lại tên người dùng và mật khẩu cho máy chủ thư đi; một số nhà cung cấp yêu cầu tên người dùng là địa chỉ đầy đủ, hoặc một mật khẩu ứng dụng.",
        "`AUTH` dùng một cơ chế yếu hơn mức chính sách của máy chủ cho phép đối với tài khoản, và nhận câu trả lời `534 5.7.9`.",
        "Hãy chọn một cơ chế khác trong số được liệt kê sau `AUTH` ở phản hồi `EHLO`, hoặc hỏi nhà cung cấp xem họ yêu cầu cơ chế nào.",
    ],
    // X.7.8 vs X.7.13
    [
        "Thông tin đăng nhập có đúng không?",
        "Với `X.7.8`, không: thông tin đăng nhập sai hoặc không đủ. Với `X.7.13`, có: đăng nhập đã thành công, nhưng tài khoản đã bị vô hiệu hóa và không được phép gửi.",
        "`AUTH` thất bại và máy chủ trả lời `535 5.7.8`, thường vì chương trình thư đang lưu một mật khẩu cũ.",
        "Hãy sửa tên người dùng và mật khẩu cho máy chủ thư đi, hoặc dùng mật khẩu ứng dụng riêng mà nhà cung cấp yêu cầu.",
        "Ngay sau một lần `AUTH` thành công, nhà cung cấp từ chối một tài khoản mà họ đã khóa, chẳng hạn vì chưa thanh toán, vì lạm dụng hoặc vì có dấu hiệu bị xâm nhập.",
        "Đừng tiếp tục nhập lại mật khẩu. Hãy liên hệ nhà cung cấp để biết vì sao tài khoản bị vô hiệu hóa và đề nghị kích hoạt lại.",
    ],
    // X.7.7 vs X.7.20
    [
        "Thư có bị từ chối vì bên nhận đòi phải có chữ ký DKIM hợp lệ không?",
        "Với `X.7.7`, không: vấn đề là thư đã bị thay đổi sau khi ký, nên bước kiểm tra tính toàn vẹn thất bại. Với `X.7.20`, có: bên nhận yêu cầu DKIM phải đạt, mà thư lại không có chữ ký hoặc mọi chữ ký đều thất bại.",
        "Bên xác minh thấy một thư đã ký hoặc được bảo vệ không còn khớp với chữ ký của nó, thường vì một máy chủ đã viết lại trường tiêu đề hoặc chèn thêm văn bản sau khi ký.",
        "Hãy tìm thứ đã thay đổi thư sau khi ký, chẳng hạn danh sách thư, dịch vụ chuyển tiếp hoặc công cụ chèn chân thư, và ký thư ở bước cuối cùng, ngay trước khi thư rời đi.",
        "Một bên nhận bắt buộc DKIM nhận được thư không có chữ ký, hoặc chỉ có những chữ ký thất bại, khi dữ liệu thư đã đến.",
        "Hãy ký DKIM cho mọi thư gửi đi và công bố khóa công khai tại `<selector>._domainkey.<domain>`, rồi kiểm tra xem một thư thử nghiệm có đạt DKIM không.",
    ],
    // X.7.20 vs X.7.22
    [
        "Có chữ ký DKIM nào đạt không?",
        "Với `X.7.20`, không: thư không có chữ ký, hoặc mọi chữ ký đều thất bại. Với `X.7.22`, có: chữ ký đã được xác minh, nhưng không chữ ký nào do tên miền trong trường tiêu đề `From` tạo ra.",
        "Một bên nhận bắt buộc DKIM nhận được thư không có chữ ký, hoặc có chữ ký thất bại, chẳng hạn vì khóa không có trong DNS.",
        "Hãy ký mọi thư gửi đi, công bố khóa công khai tại `<selector>._domainkey.<domain>`, và đừng để thư bị thay đổi sau khi ký.",
        "Một dịch vụ gửi thư đã ký bằng tên miền của chính nó thay vì tên miền `From` của khách hàng, và bên nhận yêu cầu hai tên miền này phải khớp nhau.",
        "Hãy làm cho tên miền `d=` của chữ ký trùng với tên miền `From`, chẳng hạn bằng cách thiết lập DKIM với tên miền riêng trên dịch vụ đó.",
    ],
    // X.1.10 vs X.7.27
    [
        "Null MX có nằm ở tên miền của người nhận không?",
        "Với `X.1.10`, có: tên miền mà bạn đang gửi đến không nhận thư. Với `X.7.27`, không: tên miền của người gửi công bố null MX, nên thư trả lời và thư báo trả lại sẽ không bao giờ đến được đó.",
        "Tên miền của người nhận công bố null MX, nên các máy chủ từ chối `RCPT TO` ngay lập tức, thường bằng `556`.",
        "Hãy kiểm tra tên miền người nhận xem có gõ sai hoặc nhầm sang tên miền trông giống không, và xin người nhận một địa chỉ dùng được.",
        "Tên miền trong `MAIL FROM` hoặc trong trường tiêu đề `From` có null MX, thường là một địa chỉ trả về bị giả mạo hoặc một null MX được công bố do nhầm lẫn.",
        "Hãy gửi từ một tên miền có thể nhận thư. Nếu tên miền này dùng để gửi thư, quản trị viên của nó phải thay null MX bằng các bản ghi MX thật.",
    ],
    // X.0.0 vs X.7.0
    [
        "Mã này có cho biết vấn đề thuộc lĩnh vực nào không?",
        "Với `X.0.0`, không: mã chỉ cho biết lớp (thành công, thất bại tạm thời hoặc vĩnh viễn) và không nói gì về nguyên nhân. Với `X.7.0`, có: một quy tắc bảo mật hoặc chính sách đã chặn lệnh hoặc thư.",
        "Phần mềm không thể quy kết quả về một mã cụ thể hơn. `2.0.0` còn đánh dấu các lần thành công thông thường, chẳng hạn phản hồi `221` cho `QUIT`.",
        "Với `4.0.0`, máy chủ gửi sẽ thử lại. Với `5.0.0`, hãy đọc nội dung và, nếu nội dung không nói gì, gửi dòng báo lỗi cùng thời điểm xảy ra cho quản trị viên của máy chủ.",
        "Một bước bảo mật đã chặn lệnh: `454 4.7.0` cho lỗi đăng nhập tạm thời, `530 5.7.0` khi phải có `AUTH` hoặc `STARTTLS` trước, hoặc một lần từ chối vì chính sách không kèm giải thích.",
        "Hãy làm theo yêu cầu của máy chủ, `STARTTLS` hoặc `AUTH` trước, hoặc thử lại sau nếu là `454`. Các trường hợp khác, hãy hỏi postmaster của bên nhận.",
    ],
    // X.5.1 vs X.5.4
    [
        "Bản thân lệnh có được chấp nhận không?",
        "Với `X.5.1`, không: lệnh không được hỗ trợ hoặc đến sai thời điểm trong phiên. Với `X.5.4`, có: lệnh hợp lệ, nhưng một trong các đối số của nó thì không.",
        "Máy khách gửi một lệnh không xác định hoặc đã bị tắt, một `MAIL FROM` thứ hai trong cùng giao dịch, hoặc một lệnh trước `STARTTLS` hay `AUTH` bắt buộc.",
        "Hãy sửa thứ tự lệnh của máy khách và chỉ dùng các lệnh được liệt kê trong phản hồi `EHLO`.",
        "Một cơ chế `AUTH` mà máy chủ không cung cấp (`504 5.5.4`), một tham số không xác định trong `MAIL FROM` hoặc `RCPT TO`, hoặc một giá trị tham số mở rộng không hợp lệ.",
        "Hãy so sánh lệnh bị từ chối với phản hồi `EHLO` và chỉ gửi những tham số được hỗ trợ với giá trị hợp lệ.",
    ],
    // X.7.1 vs X.7.23
    [
        "Mã này có nói rằng SPF là lý do không?",
        "Với `X.7.1`, không: mã chỉ nói việc chuyển phát không được phép, có thể do chuyển tiếp (relay), danh sách chặn hoặc một quy tắc khác. Với `X.7.23`, có: bước kiểm tra SPF trả về “fail” cho địa chỉ IP gửi.",
        "Việc chuyển tiếp (relay) bị từ chối, một bộ lọc chặn máy gửi hoặc người gửi, hoặc máy chủ báo một lần kiểm tra SPF thất bại theo cách này, như RFC 7208 khuyến nghị.",
        "Hãy đọc nội dung để biết quy tắc. Hãy gửi qua máy chủ của chính bạn thay vì chuyển tiếp qua máy chủ khác, hoặc nhờ quản trị viên bên gửi sửa SPF, DMARC hoặc xin gỡ khỏi danh sách chặn.",
        "Tên miền `MAIL FROM` hoặc tên `HELO` có SPF không cho phép địa chỉ IP gửi, và chính sách từ chối những thư như vậy.",
        "Quản trị viên bên gửi liệt kê mọi máy chủ hợp lệ trong bản ghi SPF duy nhất của tên miền, bằng `ip4:`, `ip6:` hoặc `include:` của nhà cung cấp.",
    ],
    // X.7.23 vs X.7.25
    [
        "Bước kiểm tra có liên quan đến bản ghi SPF của người gửi không?",
        "Với `X.7.23`, có: bản ghi SPF của tên miền `MAIL FROM`, hoặc của tên `HELO`, không cho phép địa chỉ IP gửi. Với `X.7.25`, không: chính địa chỉ IP không qua được bước kiểm tra DNS ngược.",
        "SPF của tên miền người gửi không bao gồm máy chủ gửi, thường là sau khi thêm một dịch vụ thư mới hoặc do chuyển tiếp thư.",
        "Hãy thêm các máy chủ còn thiếu vào bản ghi SPF; bên chuyển tiếp thư ghi lại `MAIL FROM` bằng tên miền của chính họ.",
        "Địa chỉ IP gửi không có bản ghi PTR, hoặc tên trong bản ghi PTR không phân giải ngược lại về cùng địa chỉ, như thường gặp ở các máy chủ đám mây mới.",
        "Hãy đề nghị bên quản lý địa chỉ IP tạo bản ghi PTR mang tên máy chủ thư, kèm bản ghi A hoặc AAAA khớp với nó, và dùng tên đó trong `EHLO`.",
    ],
];
