"""Indonesian abbreviations that end in a period but not a sentence (KBBI, PUEBI)."""

ABBREVIATIONS = frozenset(
    "dr drg drs dra ir prof h hj kh st sh mh se mm mba msi mkes spd skm jl jln no tel telp hlm dkk dll "
    "dsb dst tsb yth bpk ny sdr kec kab kel kota prov rt rw a.n an u.p vs mr mrs ms pt cv tbk persero co "
    "inc ltd no. kol let jend brig kom pol ajun ip st. ust km ha kg gr rp us sen rep gov".split()
)

# Function and frequent words that start sentences with a capital but never names (written for Kutip from
# the KBBI word classes of conjunctions, adverbs, prepositions and pronouns).
STOP_WORDS = frozenset(
    "ada adalah agar akan akhirnya aku anda apa apabila apakah atas atau bagaimana bagi bahkan bahwa baik "
    "banyak baru begitu belum berbagai beberapa berdasarkan bersama biasanya bila bisa boleh buat bukan "
    "cukup dalam dan dapat dari daripada demikian dengan di dia dirinya ditambahkan diketahui disebutkan "
    "dua hal hampir hanya harus hingga ia ini itu jadi jangan jika juga justru kalau kami kamu kan karena "
    "kata kau ke kebanyakan kecuali kemudian kenapa kepada ketika kini kita lagi lain lalu lama lebih "
    "maka makin mana masih maupun melalui meliputi memang mengapa menjadi menurut mereka meski meskipun "
    "misalnya mulai namun nanti nyaris oleh pada padahal paling para pasalnya pula pun rupanya saat saja "
    "salah sama sambil sampai sangat satu saya sebab sebagai sebagian sebelum sebelumnya sebenarnya "
    "secara sedang sedangkan segala sehingga sejak sekarang sekitar selain selama seluruh semakin "
    "sementara semua sempat sendiri seperti sering serta sesuai setelah setiap siapa sudah supaya tak "
    "tanpa tapi telah tentang tentu terdapat terhadap termasuk terus tetapi tiap tidak untuk usai walau "
    "walaupun yaitu yakni yang kendati lantaran setidaknya selanjutnya kedua ketiga pertama sebuah "
    "seorang tersebut tahun bulan hari pekan tadi kemarin besok apalagi toh adapun senada sementara "
    "sedikitnya sebanyak hasilnya akibatnya intinya artinya sementara awalnya rencananya tujuannya".split()
)

# Capitalised terms of the news that are never a person's name (diseases, holidays, programmes, currencies).
TERMS = frozenset(
    "covid corona korona sars cov omicron delta ramadhan ramadan lebaran idul fitri adha natal imlek nyepi "
    "rp pilkada pemilu pilpres pileg psbb ppkm apbn apbd bbm ham ite kuhp umkm pmk dbd hiv aids "
    "wib".split()  # (the time zone: "pukul 10.00 WIB"; "Wita" is a name too)
    # common nouns written as acronyms: schools, polling stations, civil servants, stings, layoffs, ID cards
    + "sd smp sma smk tps asn pns ott sdm blt phk thr ktp nik wni wna cctv uu ruu".split()
)
