namespace ConsultEngine.Web.Identity;

/// <summary>
/// The most common passwords (leaked-password lists, their usual variants, and the Vietnamese ones:
/// <c>matkhau</c>, <c>anhyeuem</c>, place names, the institution's own words), lower case, separated by
/// white space. <see cref="CommonPasswordValidator"/> checks a password and its core (digits and symbols
/// trimmed, leetspeak undone) against them.
/// </summary>
internal static class CommonPasswordList
{
    public const string Text = """
        123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football
        monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman
        1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster
        soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars
        klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass
        maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea biteme matthew
        access yankees 987654321 dallas austin thunder taylor matrix mobilemail mom monitor monitoring montana moon
        moscow william corvette hello martin heather secret merlin diamond 1234qwer gfhjkm hammer silver 222222
        88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard
        samantha bigdog guitar jackson whatever mickey chicken sparky snoopy maverick phoenix camaro peanut morgan
        welcome falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal eagles melissa
        boomer booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234
        compaq purple banana junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis 999999
        ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha chester mother forever johnny edward 333333
        oliver redsox player nikita knight fender barney midnight please brandy chicago badboy slayer rangers charles
        angel flower bigdaddy rabbit wizard jasper enter rachel chris steven winner adidas victoria natasha 1q2w3e4r
        jasmine winter prince marine ghbdtn fishing cocacola casper james 232323 raiders 888888 marlboro gandalf
        asdfasdf crystal 87654321 12344321 golden 8675309 panther lauren angela spanky thx1138 angels madison winston
        shannon mike toyota jordan23 canada sophie apples tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin
        johnson murphy cooper jonathan liverpoo david danielle 159357 jackie 1990 123456a 789456 turtle abcd1234
        scorpion qazwsxedc 101010 butter carlos password1 dennis slipknot qwerty123 booger asdf 1991 black startrek
        12341234 cameron newyork rainbow nathan john 1992 rocket viking redskins asdfghjkl 1212 sierra peaches gemini
        doctor wilson sandra helpme qwertyui victor florida dolphin pookie captain tucker blue liverpool theman
        bandit dolphins maddog packers jaguar lovers nicholas united tiffany maxwell zzzzzz nirvana jeremy stupid
        monica elephant giants jackass hotdog rosebud success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t
        q1w2e3 123456q albert metallic lucky azerty 7777 alex bond007 alexis 1111111 samson 5150 willie scorpio
        bonnie gators benjamin voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney rush2112
        1989 asdfghjk red123 bubba 4815162342 passw0rd trouble gunner happy gordon legend jessie stella qwert eminem
        arthur apple nissan bear america 1qazxsw2 nothing parker 4444 rebecca qweqwe garfield 01012011 beavis
        69696969 jack asdasd december 2222 102030 252525 11223344 magic apollo skippy 315475 kitten golf copper
        braves shelby godzilla beaver fred tomcat august buddy airborne 1993 1988 lifehack qqqqqq brooklyn animal
        platinum phantom online xavier darkness blink182 power fish green 789456123 voyager police travis 12qwaszx
        heaven snowball lover abcdef 00000 pakistan 007007 walter playboy blazer cricket sniper hooters donkey willow
        loveme saturn therock redwings bigboy pumpkin trinity williams nintendo digital destiny topgun runner marvin
        guinness chance bubbles testing fire november minecraft asdf1234 lasvegas sergey broncos cartman private
        celtic birdie little cassie babygirl donald beatles 1313 family 12121212 school louise gabriel eclipse fluffy
        147258369 lol123 explorer beer nelson flyers spencer scott lovely gibson doggie cherry andrey snickers
        buffalo pantera metallica member carter qwertyu peter alexande steve bronco paradise goober 5555 samuel
        mexico dreams michigan carolina friends magnum surfer maximus genius cool vampire lacrosse asd123 aaaa
        christin kimberly speedy sharon carmen 111222 kristina sammy racing ou812 sabrina horses 0987654321 qwerty1
        baby stalker enigma 147147 star poohbear 147258 simple 12345q marcus brian 1987 qweasdzxc drowssap hahaha
        caroline barbara dave viper drummer action einstein genesis hello1 scotty friend forest 010203 hotrod google
        vanessa spitfire badger maryjane friday alaska 1232323q tester jester jake champion billy 147852 rock hawaii
        badass chevy 420420 walker stephen eagle1 bill 1986 october gregory svetlana pamela 1984 music shorty
        westside stanley diesel courtney 242424 kevin hitman mark 12345qwert reddog frank qwe123 popcorn patricia
        aaaaaaaa 1969 teresa mozart buddha anderson paul melanie abcdefg security lucky1 lizard denise 3333 a12345
        123789 ruslan stargate simpsons scarface eagle 123456789a thumper olivia naruto 1234554321 general cherokee
        a123456 vincent spooky qweasd free frankie douglas death 1980 loveyou kitty kelly veronica suzuki semperfi
        penguin mercury liberty spirit scotland natalie marley vikings system king kkkkkk 1qaz2wsx3edc welcome1
        password123 admin administrator root toor changeme default guest letmein123 welcome123 iloveyou1 princess1
        sunshine1 football1 monkey123 dragon123 shadow123 master123 superman123 abc12345 abcd12345 qwerty12345
        qwertyuiop123 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i9o0p zaq12wsx zaq1zaq1 xsw2zaq1 qazwsx123 password12 password1234
        password12345 password123456 passw0rd123 p@ssw0rd p@ssword pa$$word passwort motdepasse contrasena senha
        parola wachtwoord salasana haslo jelszo geslo heslo lozinka sifre matkhau matkhau123 matkhau1234 matkhaumoi
        anhyeuem emyeuanh yeuem yeuanh iloveu anhyeuem123 emyeuanh123 vietnam vietnam123 vietnam1234 hanoi saigon
        hochiminh danang haiphong hue cantho nhatrang dalat halong 123456789abc 1234567890abc 12345678910
        123456789012 1234567890123 12345678901234 0123456789 01234567890 11111111111 111111111111 000000000000
        222222222222 999999999999 123123123123 121212121212 112233445566 abcdefghijkl abcdefghijklm qwertyuiopas
        asdfghjklzxc zxcvbnmasdfg qwertyasdfgh 1qaz2wsx3edc4rfv iloveyou123 iloveyou1234 trustno1trustno1 letmeinnow
        welcometo administrator123 admin123 admin1234 admin12345 adminadmin rootroot toortoor useruser user123
        user1234 test123 test1234 testtest tester123 demo demo123 demo1234 qwerty1234 qwerty123456 asdfgh123
        zxcvbnm123 asdf123456 abc123456 abcabc abcabc123 aaa111 aa123456 a1b2c3 a1b2c3d4 changeme123 changeit
        secret123 letmein1 hello123 hello1234 helloworld welcome2024 welcome2025 welcome2026 summer2024 summer2025
        winter2024 winter2025 spring2025 autumn2025 january february march april may june july september monday
        tuesday wednesday thursday saturday sunday computer123 internet123 samsung123 nokia123 iphone apple123
        google123 facebook youtube twitter linkedin instagram microsoft windows linux ubuntu oracle mysql postgres
        database server network firewall backup congthongtin quanly quantri quantrivien hethong hoidong
        hoidongnhandan hdnd ubnd vanphong thuongtruc nhandan tinhuy thanhpho chinhphu quochoi dangcongsan
        """;
}
