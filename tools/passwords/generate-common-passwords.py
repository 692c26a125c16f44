#!/usr/bin/env python3
"""Writes the list of common passwords the backend refuses (backend/src/main/resources/org/yingsu/security/
common-passwords.txt): the words and patterns people pick first, in English and in pinyin, with the endings they
add to pass a length rule. Generated from the patterns below, not copied from a leaked list, so that it can be
reviewed and regrown here. Run it from the repository root: python3 tools/passwords/generate-common-passwords.py
"""
import itertools
import pathlib

WORDS = """
password passwd passw0rd p@ssword p@ssw0rd pass admin administrator root user guest test tester demo default
changeme welcome letmein login secret master manager system server office computer internet qwerty monkey dragon
shadow sunshine princess football baseball basketball soccer superman batman spiderman trustno1 whatever freedom
hello hello1 charlie michael jordan jennifer thomas robert daniel andrew joshua iloveyou loveyou lovely love forever
happy lucky angel summer winter spring autumn flower orange banana apple cookie cheese chocolate killer hunter ranger
tiger lion eagle falcon phoenix matrix mustang ferrari porsche mercedes google facebook twitter youtube microsoft
windows linux ubuntu oracle mysql postgres database backup service support access control security private public
china beijing shanghai chongqing guangzhou shenzhen chengdu wuhan tianjin hangzhou nanjing xian yubei jiangbei
yuzhong shapingba nanan jiulongpo dadukou banan woaini woaini1314 wodemima mima mimamima nihao nihaoma zhongguo
aini laopo laogong baobei xiaoming xiaohong xiaoli xiaowang wangwei zhangwei liwei wangfang lina liuyang zhangmin
lijing wangjing zhangjie wangli shuaige meinv qqqq huawei xiaomi tencent baidu alibaba taobao weixin wechat
yingsu yingsu-demo sifaju sifa fayuan fayuanju zhengfu gongan jiancha jianchayuan renmin renmin fayuan falv
chuting yingsuan xingzheng susong anjian shenpan guanli guanliyuan xitong ceshi mimacuowu jiayou fendou
zhangsan lisi wangwu zhaoliu sunqi 
qwertyuiop asdfghjkl zxcvbnm qazwsx qazwsxedc zaq12wsx 1qaz2wsx 1qaz2wsx3edc 1q2w3e4r 1q2w3e4r5t 1q2w3e 1qazxsw2
q1w2e3r4 q1w2e3r4t5 qwer1234 asdf1234 zxcv1234 1234qwer 1234asdf abcd1234 abc123 a1b2c3 a1b2c3d4 aa123456
qweasd qweasdzxc asdasd qweqwe zxczxc
""".split()

NUMBERS = """
123 1234 12345 123456 1234567 12345678 123456789 1234567890 0123456789 987654321 9876543210 0987654321 654321
123123 123321 112233 11223344 121212 123654 147258 147258369 159357 159753 258369 369258 741852963 789456123
963852741 520520 5201314 1314520 521521 168168 888888 666666 999999 000000 111111 222222 520 1314 888 666 88 6666
8888 9999 2580 110 119 120
""".split()

# The list is compared in lower case, so no capitalised forms are needed.
SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "!", "@", ".", "1!", "@123", "88", "666", "888", "520",
            "1314"]
YEARS = [str(y) for y in range(2018, 2031)]


def repeated():
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789!@#*.-_":
        for n in range(6, 17):
            yield ch * n
    for unit in ["ab", "abc", "abcd", "12", "123", "1234", "qwe", "asd", "zxc", "aa", "a1", "1a", "qq", "xx"]:
        for n in range(2, 9):
            yield unit * n


def sequences():
    rows = ["abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]
    for row in rows:
        for back in (row, row[::-1]):
            for length in range(6, len(back) + 1):
                for start in range(0, len(back) - length + 1):
                    yield back[start:start + length]


def main():
    out = set()
    for word in WORDS:
        for suffix in SUFFIXES + YEARS:
            out.add(word + suffix)
    for number in NUMBERS:
        out.add(number)
        for suffix in ["", "a", "abc", "qwe", "qq"]:
            out.add(number + suffix)
    for a, b in itertools.product(["woaini", "iloveyou", "aini", "love"], ["baobei", "laopo", "laogong", "ni", "you"]):
        out.add(a + b)
    out.update(repeated())
    out.update(sequences())
    lines = sorted({p.lower() for p in out if 4 <= len(p) <= 64})
    target = pathlib.Path("backend/src/main/resources/org/yingsu/security/common-passwords.txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("".join(p + "\n" for p in lines), encoding="utf-8")
    print(f"{len(lines)} passwords written to {target}")


if __name__ == "__main__":
    main()
