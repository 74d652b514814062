/**
 * Passwords (and the words under them) that attackers try first. A password is refused when, lower-cased
 * and with leading and trailing digits and symbols removed, it is one of these. Extend freely: one per line.
 */
const LIST = `
password passw0rd p@ssword p@ssw0rd passwort motdepasse contrasena
qwerty qwertyuiop qwertyuiop123 qwertyuiopasdfghjkl asdfghjkl asdfghjkl; zxcvbnm zxcvbnm, qazwsx qazwsxedc
qazwsxedcrfv 1qaz2wsx 1qaz2wsx3edc zaq12wsx zaq1zaq1 azerty azertyuiop
abc abcd abcdef abcdefg abcdefgh abcdefghijkl abcdefghijklmnop abc123 abcd1234
letmein letmeinnow letmein please welcome welcomeback welcome1 hello helloworld hellothere
iloveyou iloveyoutoo iloveu loveyou lovely love mylove
admin administrator root superuser user guest login default changeme change-me changeit secret secretpassword
trustno1 trustnoone whatever nothing freedom liberty starwars pokemon minecraft fortnite
football soccer baseball basketball hockey rugby cricket liverpool manchester manchesterunited manutd chelsea arsenal
everton blackburnrovers prestonnorthend burnley blackpool lancashire lancaster preston
monkey dragon master shadow sunshine princess flower butterfly superman batman spiderman
jordan michael jennifer charlie thomas daniel jessica ashley
summer winter autumn spring january february december
school schools teacher teachers headteacher student students pupil pupils classroom college academy
education wellbeing mentalhealth safeguarding ofsted
compassion compassionate compassionateschools compassionateschoolshub schoolshub thehub
hub service serviceadmin
computer internet google facebook instagram twitter microsoft apple samsung
correcthorsebatterystaple correcthorse
onetwothreefour
`

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean))
