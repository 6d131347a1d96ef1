// @generated from data/ by build/ (the texts of French, `fr`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Réponse d'état du système ou d'aide système",
        "Le serveur répond à une demande d'information par un rapport sur son état ou par une aide générale. C'est une réponse de succès destinée à être lue par une personne ; aucun message n'a été envoyé ni modifié.",
        "Les serveurs peuvent l'envoyer en réponse à `HELP`, à la place de `214`. Il n'apparaît presque jamais lors de la remise normale du courrier, car les logiciels de messagerie n'ont aucune raison de demander de l'aide.",
        "Rien à corriger : la commande a fonctionné. Lisez le texte si vous l'avez demandé, mais ne faites dépendre aucun programme de sa formulation, qui varie d'un serveur à l'autre.",
    ],
    // 214
    [
        "Message d'aide",
        "Le serveur répond à `HELP` par un texte destiné à une personne, par exemple la liste des commandes qu'il accepte ou le mode d'emploi de l'une d'elles. C'est une réponse de succès ; rien n'a changé pour la remise du courrier.",
        "Les serveurs l'envoient en réponse à `HELP`, avec ou sans nom de commande en argument, souvent sur plusieurs lignes. Ce sont surtout les personnes qui testent un serveur en tapant les commandes à la main qui le voient.",
        "Rien à corriger. Lisez le texte si vous avez demandé de l'aide ; les programmes ne doivent pas l'analyser, car son contenu est libre et varie selon les serveurs.",
    ],
    // 220
    [
        "Service prêt",
        "Le serveur est prêt. En première ligne d'une connexion, c'est le message d'accueil qui invite le client à poursuivre avec `EHLO` ; en réponse à `STARTTLS`, il indique au client de lancer immédiatement la négociation TLS.",
        "Les serveurs l'envoient dès qu'un client se connecte, généralement suivi de leur nom d'hôte, et en réponse à `STARTTLS` lorsqu'ils sont prêts à chiffrer la connexion. Un serveur qui refuse toute la session accueille le client avec `554` ou `521` à la place.",
        "Rien à corriger. Après l'accueil, le client poursuit avec `EHLO`. Après un `220` en réponse à `STARTTLS`, il termine la négociation TLS puis renvoie `EHLO`, car ce qui a été convenu avant le chiffrement ne compte plus.",
    ],
    // 221
    [
        "Fermeture du canal de transmission par le service",
        "Le serveur a accepté `QUIT` et ferme la connexion proprement. Tout ce qu'il a confirmé plus tôt dans la session reste acquis.",
        "Les serveurs l'envoient en réponse à `QUIT` à la fin normale d'une session, généralement avec leur nom d'hôte. Il apparaît souvent comme dernière ligne dans le journal d'une remise échouée, mais il ne fait qu'annoncer la fin de la session, pas l'échec.",
        "Rien à corriger. Si une remise a échoué dans la même session, regardez la réponse qui précède `QUIT` : c'est elle qui indique le problème.",
    ],
    // 235
    [
        "Authentification réussie",
        "L'échange `AUTH` a réussi : le serveur a accepté le nom d'utilisateur et le mot de passe, ou d'autres identifiants, pour le reste de la session. Il est normalement accompagné du code étendu `2.7.0`.",
        "Les serveurs l'envoient à la fin d'un échange `AUTH` réussi, typiquement lorsqu'un logiciel de messagerie ou une application s'authentifie auprès de son serveur d'envoi avant d'expédier un message.",
        "Rien à corriger. Si l'envoi échoue encore après cette étape, la cause se trouve dans une réponse ultérieure, par exemple un `550` ou un `554` concernant l'expéditeur ou un destinataire.",
    ],
    // 250
    [
        "Action demandée effectuée",
        "La commande a réussi. Après le point final du message (ou le dernier bloc `BDAT`), il signifie davantage : le serveur a pris la responsabilité du message et va le remettre ou, plus tard, renvoyer un avis de non-remise.",
        "Les serveurs l'envoient pour accepter `EHLO`, `MAIL FROM`, chaque `RCPT TO`, les données du message, `RSET`, `NOOP` ainsi qu'un `VRFY` ou un `EXPN` vérifié. Les extensions l'utilisent aussi : pour chaque bloc `BDAT`, pour `BURL`, lorsque `ETRN` lance le traitement d'une file d'attente et lorsque `ATRN` transfère la session.",
        "Rien à corriger. Si un message accepté avec `250` n'est jamais arrivé, il s'est perdu après ce serveur : consultez les journaux du serveur qui a envoyé le `250`, à l'aide de l'identifiant de file d'attente que beaucoup de serveurs indiquent dans le texte, ainsi que le dossier des indésirables (spam) du destinataire.",
    ],
    // 251
    [
        "Utilisateur non local ; le message sera transféré",
        "Le serveur a accepté le destinataire, mais la boîte aux lettres ne se trouve pas sur ce serveur : il transmettra le message à une autre adresse, qu'il indique. Rien n'a échoué. En réponse à `ETRN`, le même code signifie en revanche qu'aucun courrier n'attend pour le domaine demandé.",
        "Les serveurs peuvent l'envoyer après `RCPT TO` ou `VRFY` pour un utilisateur qui a changé d'adresse. Ils peuvent aussi transférer sans le dire et répondre par un simple `250`. Les serveurs qui prennent en charge `ETRN` l'envoient lorsque la file d'attente du domaine indiqué est vide.",
        "Aucune action n'est nécessaire pour ce message. Si le texte indique une nouvelle adresse, l'expéditeur peut mettre à jour son carnet d'adresses pour que les prochains messages y aillent directement.",
    ],
    // 252
    [
        "Impossible de vérifier l'utilisateur, mais le message sera accepté et sa remise tentée",
        "Le serveur ne confirme pas si l'adresse existe, mais il acceptera le courrier qui lui est destiné et tentera de le remettre. La réponse ne dit rien de la boîte aux lettres. En réponse à `ETRN`, le même code signifie que le serveur a commencé à envoyer le courrier en attente pour ce domaine.",
        "Beaucoup de serveurs répondent ainsi à chaque `VRFY` et `EXPN`, car confirmer des adresses aide les spammeurs à les collecter. C'est aussi la réponse utilisée lorsque le résultat exigerait du texte UTF-8 que le client n'a pas autorisé avec `SMTPUTF8`.",
        "Rien à corriger. Ne le considérez pas comme une preuve que la boîte aux lettres existe : le seul moyen de le savoir est d'envoyer un message et de guetter un éventuel avis de non-remise.",
    ],
    // 253
    [
        "Remise des messages en attente pour le nœud lancée, avec leur nombre",
        "Réponse à `ETRN` : le serveur a commencé à remettre le courrier qu'il détient pour le domaine ou l'hôte demandé, et le texte indique combien de messages sont en attente. C'est une réponse de succès.",
        "Les serveurs qui prennent en charge `ETRN` l'envoient à un site à connexion intermittente, comme le serveur de messagerie d'un petit bureau, qui s'est connecté pour réclamer son courrier en attente. Aucune autre commande ne le renvoie.",
        "Rien à corriger. Veillez à ce que votre serveur de messagerie reste joignable : le fournisseur lui remet les messages en attente par de nouvelles connexions SMTP ordinaires.",
    ],
    // 334
    [
        "Défi d'authentification",
        "Le serveur est au milieu d'un échange `AUTH` et attend la réponse suivante du client. Le texte qui suit le code est une donnée en base64 définie par le mécanisme choisi, par exemple un défi ; il peut être vide.",
        "Les serveurs l'envoient après `AUTH` puis après chaque réponse du client jusqu'à la fin de l'échange. Un journal qui s'arrête sur `334` signifie que le client n'a jamais répondu ou que la connexion a été coupée.",
        "Rien à corriger en soi : le client répond par une ligne en base64, ou par `*` pour annuler. Si les authentifications restent bloquées à ce stade, vérifiez que le client et le serveur prennent en charge le même mécanisme et que rien entre eux ne coupe la connexion.",
    ],
    // 354
    [
        "Début de la saisie du message ; terminer par une ligne ne contenant qu'un point",
        "Le serveur a accepté `DATA` et attend le message lui-même : les champs d'en-tête, une ligne vide, le corps et enfin une ligne ne contenant qu'un point. Rien n'a encore été accepté pour la remise.",
        "Les serveurs l'envoient en réponse à `DATA` dès qu'au moins un destinataire a été accepté. Une session qui se termine juste après `354` indique souvent que la connexion a été coupée ou a expiré pendant l'envoi du message.",
        "Rien à corriger : envoyez le message, terminez-le par la ligne contenant le point et attendez la réponse finale, `250` ou une erreur. Si les sessions bloquent régulièrement à cet endroit, cherchez une liaison réseau lente ou instable, ou un équipement de filtrage entre les deux serveurs.",
    ],
    // 355
    [
        "Le décalage en octets est celui de la transaction",
        "Réponse de l'extension expérimentale de point de reprise : le serveur détient encore une partie d'un message issue d'une tentative interrompue portant le même identifiant de transaction, et le nombre indiqué dans le texte dit combien d'octets il possède déjà. Le transfert peut reprendre à partir de là au lieu de recommencer.",
        "Seuls les serveurs qui proposent l'extension `CHECKPOINT` l'envoient, en réponse à un `MAIL FROM` dont le paramètre `TRANSID` correspond à une transaction inachevée. C'est très rare en pratique.",
        "Rien à corriger. Un client qui utilise l'extension poursuit la transaction et n'envoie que ce qui suit le décalage indiqué ; un client qui n'envoie jamais `TRANSID` ne devrait jamais recevoir cette réponse.",
    ],
    // 400
    [
        "Échec temporaire, réessayez plus tard",
        "Réponse non standard : aucune RFC ne définit `400`, qui n'indique rien de plus que son premier chiffre, signe d'un échec temporaire. Le serveur de messagerie Courier l'utilise pour plusieurs refus temporaires, par exemple lorsqu'il exige d'abord `STARTTLS` ou qu'il ne peut pas rechercher un destinataire pour le moment.",
        "Courier répond ainsi à la plupart des commandes lorsque la connexion doit être chiffrée et que le client n'a pas encore envoyé `STARTTLS`. Il répond aussi ainsi à `RCPT TO` quand sa recherche d'alias échoue, et signale par ce code que son processus interne de soumission n'a pas pu démarrer.",
        "Traitez-le comme toute autre réponse 4xx et laissez le serveur d'envoi réessayer plus tard. Si le texte demande `STARTTLS`, activez TLS dans le client ou sur le serveur d'envoi. S'il revient sans cesse pour une autre raison, l'exploitant du serveur qui répond doit consulter ses journaux.",
    ],
    // 417
    [
        "Échec temporaire de la vérification de l'expéditeur ou du HELO",
        "Réponse non standard : aucune RFC ne définit `417`. Le serveur de messagerie Courier l'envoie lorsqu'une vérification de l'expéditeur n'a pas pu aboutir pour une raison temporaire, le plus souvent une résolution DNS du domaine de l'expéditeur ou du nom annoncé dans `HELO`. Son équivalent permanent dans Courier est `517`.",
        "Courier répond ainsi à `MAIL FROM` lorsque ses vérifications facultatives de l'expéditeur sont activées et que la requête DNS portant sur le domaine de l'expéditeur ou sur le nom `HELO` échoue ou expire. Il sert aussi pour les résultats SPF que le serveur est configuré pour traiter comme temporaires plutôt que définitifs.",
        "Laissez le serveur d'envoi réessayer ; une courte panne DNS se résorbe d'elle-même. Si le problème persiste, l'administrateur du domaine de l'expéditeur doit vérifier que les serveurs DNS du domaine répondent de façon fiable, et le serveur d'envoi doit annoncer dans `HELO` un nom qui se résout.",
    ],
    // 421
    [
        "Service non disponible, fermeture du canal de transmission",
        "Le serveur ferme la connexion et ne traitera plus rien pendant cette session. Le problème est temporaire : votre message n'est pas en cause, et la même remise devrait fonctionner plus tard.",
        "Les serveurs l'envoient à la place du message d'accueil lorsqu'ils sont surchargés ou qu'ils vous appliquent une liste grise (greylisting), et en réponse à n'importe quelle commande lorsqu'ils doivent s'arrêter. Un serveur arrêté brutalement peut l'envoyer juste avant que la connexion ne tombe.",
        "Il n'y a rien à corriger dans le message : laissez votre serveur de messagerie le garder en file d'attente et réessayer plus tard, à intervalles croissants. Si cela se reproduit depuis une même adresse IP d'envoi, réduisez votre débit d'envoi, vérifiez que l'adresse ne figure pas sur une liste de blocage et lisez le texte qui suit le code, qui en donne souvent la raison.",
    ],
    // 422
    [
        "Code non officiel associé à une transition de mot de passe",
        "Réponse non standard : aucune RFC ne définit `422`. Le registre de l'IANA le cite à côté de `432` comme code de base pouvant accompagner `X.7.12`, transition de mot de passe nécessaire, tandis que le script de liste grise (greylisting) fourni avec le serveur de messagerie Stalwart envoie `422 4.2.2` pour différer le courrier d'un expéditeur qu'il n'a encore jamais vu.",
        "Après `RCPT TO`, c'est un report dû à la liste grise, comme dans le script de Stalwart : le serveur refuse la première tentative d'un expéditeur inconnu et accepte une nouvelle tentative quelques minutes plus tard. Après `AUTH`, il occuperait la place où la RFC 4954 utilise `432 4.7.12`.",
        "Après `RCPT TO`, laissez le serveur d'envoi réessayer de lui-même ; la nouvelle tentative passe une fois le délai de la liste grise écoulé. Après `AUTH`, traitez-le comme `432` : authentifiez-vous une fois avec le mécanisme PLAIN sur une connexion chiffrée, puis revenez au mécanisme préféré.",
    ],
    // 424
    [
        "Échec temporaire de l'expansion d'un alias ou d'un transfert",
        "Réponse non standard : aucune RFC ne définit `424`. OpenSMTPD l'envoie, avec `4.2.4`, lorsqu'il ne peut pas déterminer pour le moment où acheminer le courrier d'un destinataire, parce que la recherche d'un alias, d'une adresse virtuelle ou d'un fichier de transfert a échoué.",
        "OpenSMTPD le renvoie en réponse à `RCPT TO` lorsqu'une recherche dans une table pour le destinataire renvoie une erreur temporaire, par exemple une base de données ou un fichier illisible, ou le fichier de transfert d'un utilisateur impossible à vérifier. La forme permanente du même problème est `524` avec `5.2.4`.",
        "Le côté expéditeur n'a qu'à réessayer plus tard. L'exploitant du serveur OpenSMTPD destinataire doit lire ses journaux, vérifier les tables d'alias, d'adresses virtuelles et de transfert qu'il utilise, et s'assurer que les systèmes qui les hébergent sont joignables.",
    ],
    // 430
    [
        "Code non officiel associé à une commande invalide",
        "Réponse non standard : aucune RFC ne définit `430`. Le correctif chkuser pour qmail l'envoie lorsqu'il ne peut momentanément pas vérifier un destinataire, et le registre de l'IANA le cite parmi les codes de base pouvant accompagner `X.5.1`, commande invalide. Comme tout code 4xx, il signale un échec temporaire.",
        "Le correctif chkuser répond `430` à `RCPT TO`, avec `#4.3.0` dans son texte, lorsque la base d'utilisateurs sur laquelle il vérifie les destinataires est injoignable. D'autres serveurs peuvent lui donner un autre sens ; le texte qui suit le code reste donc la meilleure explication.",
        "Laissez le serveur d'envoi réessayer plus tard, comme pour tout code 4xx ; le message lui-même n'a pas besoin d'être modifié. S'il revient sans cesse, l'administrateur du serveur qui répond doit réparer la base d'utilisateurs qui sert à vérifier les destinataires (avec chkuser, celle de vpopmail).",
    ],
    // 431
    [
        "Système de messagerie destinataire plein",
        "Réponse non standard : aucune RFC ne définit `431`, même si le nombre reprend le code étendu `4.3.1`. Le serveur de messagerie Courier l'envoie lorsqu'il manque d'espace disque et ne peut pas accepter sans risque le destinataire ou le message, ainsi que pour une limite souple du nombre de destinataires.",
        "Courier répond ainsi à `RCPT TO` lorsque l'espace libre passe sous son seuil, et à la fin de `DATA` lorsque le message ne peut pas être écrit faute de place. Si une limite souple de destinataires est configurée, chaque `RCPT TO` au-delà de la limite reçoit ce code, avec une mention signalant trop de destinataires.",
        "L'expéditeur n'a qu'à attendre : un serveur de messagerie normal conserve le message et réessaie, et les destinataires refusés à cause de la limite partent dans une transaction ultérieure. L'exploitant du serveur destinataire doit libérer de l'espace disque ou agrandir le système de fichiers qui contient la file d'attente.",
    ],
    // 432
    [
        "Une transition de mot de passe est nécessaire",
        "L'authentification avec le mécanisme `AUTH` choisi ne peut pas encore fonctionner pour ce compte. Le serveur a d'abord besoin d'une authentification avec le mécanisme simple PLAIN pour préparer ce qu'exige le mécanisme choisi. Il est envoyé avec le code étendu `4.7.12`.",
        "Les serveurs l'envoient en réponse à `AUTH` lorsqu'ils ne disposent pas encore des identifiants du compte sous la forme requise par le mécanisme demandé. C'est rare ; la plupart des utilisateurs ne le rencontrent jamais.",
        "Dans le logiciel de messagerie, authentifiez-vous une fois avec PLAIN, uniquement sur une connexion chiffrée, puis revenez au mécanisme préféré ; il devrait fonctionner à partir de là. Si le logiciel ne permet pas de choisir le mécanisme, demandez au fournisseur de messagerie de terminer la transition pour le compte.",
    ],
    // 435
    [
        "Authentification impossible pour le moment",
        "Réponse non standard : aucune RFC ne définit `435` ; l'extension d'authentification utilise `454` pour les échecs temporaires. Exim l'envoie lorsqu'il n'a pas pu déterminer si l'authentification est valide : le problème se situe donc côté serveur et peut disparaître.",
        "Exim répond ainsi à `AUTH` lorsqu'un authentificateur diffère sa décision, par exemple parce qu'une recherche de mot de passe dans une base de données ou un service externe échoue, ou qu'une vérification configurée ne peut pas être évaluée. Un résultat inattendu d'un authentificateur est signalé avec le même code et les mots « Internal error ».",
        "Réessayez de vous authentifier plus tard ; les identifiants n'ont pas été jugés incorrects. Si le problème persiste, l'administrateur d'Exim doit consulter le journal principal, qui indique pourquoi l'authentificateur a différé sa décision, et réparer la recherche ou le service dont il dépend.",
    ],
    // 450
    [
        "Action demandée non effectuée : boîte aux lettres indisponible",
        "Le serveur refuse pour l'instant le message pour ce destinataire, mais seulement de façon temporaire : la boîte aux lettres était occupée ou verrouillée, ou un contrôle de politique comme la liste grise (greylisting) a demandé à l'expéditeur de revenir plus tard. Une nouvelle tentative avec le même message peut réussir.",
        "Les serveurs l'envoient après `RCPT TO` ou après les données du message, typiquement pour la liste grise ou pendant qu'une boîte aux lettres ou un expéditeur est temporairement bloqué. Les fournisseurs ODMR l'utilisent pour refuser une demande `ATRN`, et un serveur de soumission peut l'utiliser pour un message dont la priorité `MT-PRIORITY` est trop basse.",
        "En général, rien : le serveur d'envoi garde le message en file d'attente et réessaie, et le courrier soumis à la liste grise passe lors d'une tentative ultérieure. Si les retards durent des jours, l'administrateur de l'expéditeur doit lire le texte qui suit le code, vérifier les listes de blocage et contacter le postmaster du destinataire.",
    ],
    // 451
    [
        "Action demandée abandonnée : erreur locale de traitement",
        "Le serveur a rencontré un problème temporaire de son côté en traitant la commande, par exemple une résolution DNS ou une requête de base de données en échec, ou un service interne qui n'a pas répondu, et a abandonné cette étape. Votre message n'est pas en cause, et une nouvelle tentative plus tard peut fonctionner.",
        "Les serveurs l'envoient après `MAIL FROM`, `RCPT TO` ou les données du message lorsqu'une vérification ou une recherche interne échoue. Il sert aussi à refuser `ATRN` lorsque le fournisseur ne peut pas le traiter pour le moment, et `BURL` lorsque le serveur IMAP qui détient le message est injoignable. Un client traite une connexion coupée comme un `451`.",
        "Laissez le serveur d'envoi réessayer plus tard ; la plupart des cas se résolvent d'eux-mêmes. Si cela se répète, l'exploitant du serveur qui répond doit identifier dans ses journaux le composant défaillant ; le texte qui suit le code et les codes étendus comme `4.4.3` ou `4.3.0` aident à le cerner.",
    ],
    // 452
    [
        "Action demandée non effectuée : espace de stockage insuffisant",
        "Le serveur ne peut pas accepter cela maintenant, car il manque d'espace disque ou a atteint sa limite de destinataires par message. La situation est temporaire : le même message pourra être accepté plus tard ou en plusieurs parties plus petites.",
        "Les serveurs l'envoient après `MAIL FROM` lorsque la taille déclarée avec `SIZE` dépasse l'espace libre, après `RCPT TO` une fois atteinte la limite de destinataires pour un message, et après les données du message lorsque l'espace de stockage vient à manquer. Les destinataires acceptés avant que la limite soit atteinte restent acceptés.",
        "En cas de destinataires trop nombreux, le client envoie le message aux destinataires déjà acceptés et aux autres dans une transaction ultérieure ; un bon logiciel de messagerie le fait de lui-même. En cas de manque d'espace, réessayez plus tard ; si cela persiste, l'exploitant du serveur doit libérer de l'espace disque ou relever les limites.",
    ],
    // 453
    [
        "Vous n'avez pas de courrier",
        "Réponse du relais de messagerie à la demande (ODMR) à `ATRN` : le fournisseur n'a aucun courrier en attente pour vos domaines, il n'y a donc rien à remettre dans cette session. C'est une réponse temporaire uniquement parce que du courrier peut arriver plus tard ; rien ne va mal.",
        "Les fournisseurs ODMR l'envoient lorsque le serveur de messagerie d'un client, typiquement doté d'une adresse IP changeante, réclame son courrier avec `ATRN` et que la file d'attente est vide. Les fournisseurs peuvent aussi accepter avec `250` et mettre fin à la session aussitôt.",
        "Rien à corriger : redemandez plus tard, comme le serveur du client le fait normalement selon son propre calendrier. Si vous attendiez du courrier, vérifiez auprès du fournisseur que le courrier de vos domaines est bien retenu pour ODMR.",
    ],
    // 454
    [
        "Échec temporaire de TLS ou de l'authentification",
        "Une étape de sécurité a échoué pour une raison temporaire du côté du serveur. Après `STARTTLS`, le serveur ne peut pas démarrer le chiffrement pour l'instant ; après `AUTH`, il n'a pas pu vérifier les identifiants, généralement avec `4.7.0`. Le mot de passe n'a pas été refusé.",
        "Les serveurs l'envoient en réponse à `STARTTLS` lorsque leur configuration TLS est temporairement inutilisable, par exemple parce que le certificat ne peut pas être chargé, et en réponse à `AUTH` lorsque le service qui vérifie les mots de passe ne répond pas.",
        "Ne ressaisissez pas et ne changez pas le mot de passe ; réessayez plus tard. Après `STARTTLS`, c'est la politique du serveur d'envoi qui décide s'il poursuit sans chiffrement, réessaie plus tard ou abandonne. Si cela persiste, l'exploitant du serveur doit vérifier la configuration TLS ou le service d'authentification.",
    ],
    // 455
    [
        "Le serveur ne peut pas satisfaire les paramètres",
        "Le serveur a compris les paramètres d'extension de `MAIL FROM` ou `RCPT TO`, mais ne peut pas les honorer pour le moment. Réessayer plus tard peut fonctionner ; l'équivalent permanent est `555`.",
        "Les serveurs l'envoient lorsqu'un paramètre facultatif demande quelque chose qu'ils ne peuvent pas fournir dans l'immédiat, par exemple un délai de remise fixé avec `BY` (Deliver By) que les conditions actuelles rendent impossible. C'est peu courant dans le courrier de tous les jours.",
        "Laissez le client réessayer plus tard. Si cela se reproduit, repérez le paramètre indiqué dans le texte et, si c'est acceptable, envoyez sans lui ou assouplissez sa valeur, par exemple avec un délai de remise plus tardif.",
    ],
    // 458
    [
        "Impossible de mettre en file d'attente les messages pour le nœud",
        "Réponse à `ETRN` : le serveur n'a pas pu lancer pour l'instant une remise pour le domaine ou l'hôte demandé. Le courrier en attente est toujours conservé ; seule la demande d'envoi immédiat a échoué.",
        "Les serveurs qui prennent en charge `ETRN` l'envoient à un site à connexion intermittente qui réclame son courrier en attente, lorsque le traitement de la file d'attente ne peut pas être lancé, par exemple parce que le serveur est occupé.",
        "Renvoyez `ETRN` plus tard ; le fournisseur remet aussi le courrier selon son calendrier normal de nouvelles tentatives. Si cela persiste, demandez à l'administrateur de messagerie du fournisseur de vérifier la file d'attente de votre domaine.",
    ],
    // 459
    [
        "Nœud non autorisé",
        "Réponse à `ETRN` : le serveur refuse de lancer une remise pour le domaine ou l'hôte que vous avez indiqué, et le texte en donne la raison. Si la raison est un réglage d'autorisation, redemander à l'identique n'aidera pas.",
        "Les serveurs l'envoient lorsque le nom qui suit `ETRN` ne fait pas partie de ceux pour lesquels ils conservent du courrier, ou lorsque l'hôte qui se connecte n'est pas autorisé à déclencher une remise pour ce nom.",
        "Vérifiez que l'argument de `ETRN` est exactement le domaine que le fournisseur met en attente pour vous, et que votre connexion respecte les modalités autorisées par le fournisseur. Sinon, demandez au fournisseur d'autoriser `ETRN` pour ce domaine.",
    ],
    // 500
    [
        "Erreur de syntaxe, commande non reconnue",
        "Le serveur n'a pas du tout reconnu le mot de commande, ou la ligne de commande était trop longue pour qu'il la lise. Rien n'a été fait, et l'erreur vient de ce que le client a envoyé, pas du message ni du destinataire.",
        "Les serveurs l'envoient pour des commandes mal orthographiées ou inconnues, pour des lignes de commande qui dépassent la longueur maximale prévue par la norme et pour des commandes d'extension qu'ils ne connaissent pas. Pendant `AUTH`, il signale aussi une ligne de réponse du client trop longue (`5.5.6`).",
        "Corrigez le client, pas le message : vérifiez l'orthographe de la commande, respectez la longueur maximale des lignes de commande prévue par la norme et n'utilisez des commandes d'extension que si le serveur les a annoncées dans sa réponse à `EHLO`. Renvoyer la même ligne échouera de la même manière.",
    ],
    // 501
    [
        "Erreur de syntaxe dans les paramètres ou les arguments",
        "Le serveur connaît la commande, mais ce qui la suivait était inacceptable : une adresse, un paramètre ou un argument est mal formé, répété ou hors limites. Le mot de commande lui-même était correct.",
        "Les serveurs l'envoient pour une adresse mal formée dans `MAIL FROM` ou `RCPT TO`, un argument de `EHLO` invalide, des arguments ajoutés à des commandes qui n'en prennent pas (comme `STARTTLS` ou `DATA`) et des valeurs invalides de paramètres d'extension. `AUTH` le renvoie lorsque le client annule l'échange ou envoie des données qui ne sont pas du Base64 valide.",
        "Corrigez la ligne de commande dans le client : écrivez les adresses entre chevrons sans espace autour des deux-points, vérifiez les noms et les valeurs des paramètres d'après l'extension qui les définit, et supprimez les arguments que la commande n'accepte pas. Le texte qui suit le code désigne souvent la partie fautive.",
    ],
    // 502
    [
        "Commande non implémentée",
        "Le serveur a reconnu la commande mais ne la prend pas en charge, soit parce qu'elle n'a jamais été intégrée, soit parce que son exploitant l'a désactivée. La commande était bien formée ; ce serveur ne la propose simplement pas.",
        "Les serveurs l'envoient pour `VRFY`, `EXPN` ou `HELP` lorsque ces commandes ne sont pas disponibles, et de très anciens serveurs l'envoient en réponse à `EHLO` parce qu'ils ne connaissent que `HELO`. Les serveurs de relais à la demande répondent ainsi à toutes les commandes sauf `EHLO`, `AUTH`, `ATRN` et `QUIT`.",
        "Ne répétez pas la commande sur ce serveur : continuez sans elle et, après `EHLO`, n'utilisez que les extensions que le serveur annonce. Si `EHLO` lui-même est refusé, rabattez-vous sur `HELO`. Si vous avez vraiment besoin de la fonction, demandez à l'exploitant du serveur si elle peut être activée.",
    ],
    // 503
    [
        "Mauvaise séquence de commandes",
        "La commande est valide en elle-même, mais elle a été envoyée au mauvais moment de la session. Il s'agit d'une erreur permanente dans l'ordre des commandes du client, pas d'un problème du serveur : attendre et répéter la même séquence n'aidera pas.",
        "Les causes typiques sont un `RCPT TO` avant tout `MAIL FROM`, un second `MAIL FROM` dans une transaction ouverte, `DATA` alors qu'aucun destinataire n'a été accepté, et `AUTH` après une authentification réussie ou en pleine transaction. Les serveurs qui ont refusé la session par un accueil `554` répondent aussi ainsi aux commandes suivantes.",
        "Corrigez l'ordre des commandes du client : `EHLO`, `AUTH` si nécessaire, `MAIL FROM`, un ou plusieurs `RCPT TO`, puis `DATA` seulement après qu'au moins un destinataire a reçu `250`. Envoyez `RSET` pour revenir à un état propre. Vérifiez aussi les réponses précédentes dans le journal, car un `MAIL FROM` ou un `RCPT TO` refusé provoque souvent le `503` qui suit.",
    ],
    // 504
    [
        "Paramètre de commande non implémenté",
        "Le serveur prend en charge la commande, mais pas l'option ou la valeur fournie avec elle. La syntaxe était correcte ; le serveur ne propose simplement pas cette variante de la commande.",
        "Le cas le plus courant est un `AUTH` qui nomme un mécanisme que le serveur ne prend pas en charge ou n'autorise pas sur la connexion en cours (`5.5.4`). Les serveurs l'envoient aussi pour des arguments de `VRFY`, `EXPN` ou `HELP` qu'ils ne gèrent pas, et pour des paramètres de conversion de contenu sur `MAIL FROM` ou `RCPT TO` qu'ils n'implémentent pas.",
        "Choisissez une option que le serveur propose : pour `AUTH`, prenez un mécanisme dans la liste de la réponse à `EHLO`, et lancez d'abord `STARTTLS` si le mécanisme voulu n'est proposé que sur les connexions chiffrées. Sinon, envoyez la commande sans le paramètre non pris en charge.",
    ],
    // 511
    [
        "Aucune boîte aux lettres de ce nom ici",
        "Réponse non standard : aucune RFC ne définit `511`. D'anciennes versions du correctif chkuser pour qmail avec vpopmail l'envoient pour refuser un destinataire qui n'existe pas ou ne peut pas être valide. Le nombre reprend le code étendu `5.1.1`, et l'on écrit aussi `511` comme raccourci pour `550 5.1.1`.",
        "Le correctif chkuser répond ainsi à `RCPT TO` lorsque la boîte aux lettres n'existe pas dans un domaine vpopmail, lorsque l'adresse n'a pas de domaine ou a un format invalide, ou lorsque le domaine du destinataire n'a pas de MX utilisable, et à `MAIL FROM` lorsque le domaine de l'expéditeur n'en a pas. Les versions actuelles de chkuser envoient `550` avec `5.1.1` à la place.",
        "Vérifiez que l'adresse du destinataire ne contient pas de faute de frappe et confirmez-la auprès du destinataire par un autre moyen ; un nouvel envoi à l'identique échouera encore. Si le texte indique qu'aucun MX valide n'a été trouvé, l'administrateur du domaine concerné doit publier des enregistrements MX fonctionnels.",
    ],
    // 517
    [
        "Adresse de l'expéditeur refusée",
        "Réponse non standard : aucune RFC ne définit `517` ; le nombre reprend le code étendu `5.1.7`. Le serveur de messagerie Courier l'envoie pour refuser définitivement un expéditeur, parce que l'adresse de l'expéditeur, son domaine ou le serveur qui se connecte a échoué à l'une des vérifications de Courier.",
        "Courier répond ainsi à `MAIL FROM` lorsque l'expéditeur figure sur sa liste de blocage, lorsque le domaine de l'expéditeur n'existe pas ou a des enregistrements MX invalides ou bloqués, lorsqu'une adresse d'un service de messagerie gratuit arrive d'ailleurs que des serveurs de ce fournisseur, lorsque SPF échoue ou lorsque le nom `HELO` ne passe pas la vérification.",
        "L'administrateur de l'expéditeur doit s'assurer que le domaine existe, avec des enregistrements MX valides et un enregistrement SPF qui couvre les serveurs d'envoi, et que le serveur annonce dans `HELO` un nom résolvable. Si l'adresse elle-même est bloquée, seul l'exploitant du serveur destinataire peut lever le blocage.",
    ],
    // 521
    [
        "L'hôte n'accepte pas de courrier",
        "L'hôte contacté n'accepte jamais de courrier pour personne ; il répond uniquement pour le signaler. C'est une déclaration permanente concernant le serveur, et non votre message ou votre adresse d'envoi.",
        "Les serveurs l'envoient à la place de l'accueil habituel `220` ; il s'agit typiquement de serveurs de messagerie factices mis en place pour des hôtes ou des domaines qui ne reçoivent pas de courrier. Ensuite, le serveur peut répondre de nouveau `521` aux commandes suivantes ou simplement fermer la connexion.",
        "Ne réessayez pas avec cet hôte. Vérifiez que l'adresse du destinataire et son domaine sont correctement orthographiés ; si c'est le cas, demandez au destinataire une autre adresse. Si le domaine est censé recevoir du courrier, son administrateur doit faire pointer ses enregistrements MX vers un vrai serveur de messagerie.",
    ],
    // 522
    [
        "Boîte aux lettres du destinataire pleine",
        "Réponse non standard : aucune RFC ne définit `522` ; le nombre reprend le code étendu `5.2.2`. D'anciennes versions du correctif chkuser pour qmail avec vpopmail l'envoient lorsque la boîte aux lettres du destinataire dépasse son seuil de quota.",
        "Le correctif chkuser répond ainsi à `RCPT TO` lorsque la vérification des quotas est activée sur le serveur et que la boîte aux lettres du destinataire est remplie au-delà du pourcentage configuré. Les versions actuelles de chkuser envoient `552` avec `5.2.2` dans la même situation.",
        "Prévenez le destinataire par un autre moyen que sa boîte aux lettres est pleine ; il doit supprimer des messages ou obtenir un quota plus élevé. Renvoyez ensuite le message, car une nouvelle tentative immédiate sera refusée de la même façon.",
    ],
    // 523
    [
        "Chiffrement nécessaire",
        "Aucune RFC ne définit `523` comme réponse SMTP : il n'est donc pas standard, et aucune spécification publiée n'indique quels serveurs l'envoient. Il n'apparaît que dans le registre de l'IANA, comme code de base de `X.7.10` : le mécanisme d'authentification choisi ne peut être utilisé que sur une connexion chiffrée.",
        "Il répondrait à un `AUTH` utilisant un mécanisme en clair comme PLAIN sur une connexion non chiffrée. Les serveurs standard signalent cette situation par `504`, ou ne proposent pas de tels mécanismes avant `STARTTLS`.",
        "Lancez `STARTTLS`, renvoyez `EHLO` et répétez `AUTH` sur la connexion chiffrée ; dans un logiciel de messagerie, activez TLS pour le serveur sortant. Vous pouvez aussi choisir un mécanisme qui n'envoie pas le mot de passe en clair.",
    ],
    // 524
    [
        "Chiffrement requis pour le mécanisme d'authentification demandé",
        "Aucune RFC ne définit `524` comme réponse SMTP : il n'est donc pas standard. Le registre de l'IANA le cite, à côté de `538`, désormais déconseillé, comme code de base de `X.7.11` (un mécanisme d'authentification autorisé uniquement sur une connexion chiffrée), mais les serveurs documentés comme l'envoyant lui donnent d'autres sens : pour OpenSMTPD, un destinataire qu'il ne parvient pas à développer ; pour le service de messagerie d'Alibaba Cloud, un hôte que son DNS ne trouve pas.",
        "OpenSMTPD répond `524 5.2.4` à `RCPT TO` lorsque le développement du destinataire (un alias, un transfert ou une liste de diffusion) échoue définitivement ; son `424 4.2.4` en est la forme temporaire. Direct Mail d'Alibaba Cloud indique `524` pour un hôte de destination que le DNS ne parvient pas à résoudre. En réponse à `AUTH`, il aurait le sens que lui donne le registre.",
        "Lisez le texte qui suit le code. Si le développement a échoué, l'administrateur du destinataire doit corriger l'alias ou la liste, qui boucle peut-être ou ne mène nulle part ; si un hôte est introuvable, vérifiez les enregistrements DNS du domaine du destinataire. Après `AUTH`, lancez `STARTTLS`, renvoyez `EHLO` et répétez `AUTH`.",
    ],
    // 525
    [
        "Compte utilisateur désactivé",
        "Aucune RFC ne définit `525` comme réponse SMTP : il n'est donc pas standard, et aucune spécification publiée n'indique quels serveurs l'envoient. Le registre de l'IANA le cite uniquement comme code de base de `X.7.13` : les identifiants étaient corrects, mais le compte a été désactivé.",
        "Il répondrait à `AUTH` après une vérification réussie des identifiants, pour un compte qu'un administrateur a bloqué, par exemple pour impayés, abus ou soupçon de piratage. Le blocage reste en place jusqu'à ce que le titulaire du compte règle la situation avec le fournisseur.",
        "Changer le mot de passe ou les réglages du logiciel de messagerie n'aidera pas. Contactez le fournisseur ou l'administrateur du compte de messagerie pour savoir pourquoi il a été désactivé et le faire réactiver.",
    ],
    // 530
    [
        "Authentification requise",
        "Le serveur n'exécutera pas la commande tant que la session n'est pas authentifiée ou, sur certains serveurs, tant que la connexion n'est pas chiffrée avec `STARTTLS`. Ni le message ni l'adresse ne sont en cause ; il manque à la session une authentification ou le chiffrement.",
        "Les serveurs de soumission l'envoient en réponse à `MAIL FROM` et aux commandes suivantes lorsque le client ne s'est pas authentifié avec `AUTH`. Les serveurs qui exigent TLS l'envoient, avec un texte demandant d'abord `STARTTLS`, à toutes les commandes sauf `NOOP`, `EHLO`, `STARTTLS` et `QUIT` tant que le chiffrement n'est pas actif.",
        "Activez l'authentification pour le serveur sortant dans le logiciel de messagerie, avec le nom d'utilisateur et le mot de passe du compte, et activez TLS si le texte le demande. Un logiciel client doit envoyer `STARTTLS`, puis de nouveau `EHLO`, puis `AUTH`, le tout avant `MAIL FROM`.",
    ],
    // 533
    [
        "Remise non autorisée, message refusé",
        "Aucune RFC ne définit `533` comme réponse SMTP : il n'est donc pas standard, et aucune spécification publiée n'indique quels serveurs l'envoient ni pour quelle commande. Sa seule trace officielle est le registre de l'IANA, qui le cite parmi les codes de base de `X.7.1`, remise non autorisée.",
        "Aucune séquence de commandes standard ne le produit. Un serveur qui l'envoie doit plutôt être compris comme refusant définitivement le courrier pour des raisons de politique, comme avec `550` et `5.7.1` : cet expéditeur ou cet hôte d'envoi n'a pas le droit de remettre du courrier à ce destinataire.",
        "Traitez-le comme un refus de politique `550` : lisez le texte et le code étendu, vérifiez que votre hôte d'envoi est autorisé à remettre ou à relayer ce courrier, et contactez le postmaster du destinataire si vous pensez que le blocage est injustifié. Les clients doivent le considérer comme permanent en raison de son premier chiffre.",
    ],
    // 534
    [
        "Mécanisme d'authentification trop faible",
        "Le serveur a refusé la méthode d'authentification choisie par le client, car sa politique en exige une plus forte pour cet utilisateur. Le mot de passe est peut-être tout à fait correct ; seul le mécanisme a été refusé.",
        "Les serveurs l'envoient, avec `5.7.9`, en réponse à `AUTH` lorsque le mécanisme indiqué dans la commande est plus faible que ce que le serveur autorise pour ce compte.",
        "Relancez `AUTH` avec un mécanisme plus fort pris dans la liste de la réponse à `EHLO` ; dans un logiciel de messagerie, modifiez le réglage de la méthode d'authentification. Saisir un nouveau mot de passe n'aidera pas.",
    ],
    // 535
    [
        "Identifiants d'authentification invalides",
        "L'authentification a échoué parce que le serveur n'a pas accepté le nom d'utilisateur, le mot de passe ou les autres identifiants. C'est la réponse générale à un `AUTH` en échec lorsqu'aucun code plus précis ne s'applique.",
        "Les serveurs l'envoient, généralement avec `5.7.8`, à la fin d'un échange `AUTH` lorsque le mot de passe est erroné, que l'utilisateur est inconnu ou que les identifiants ne suffisent pas pour ce compte.",
        "Vérifiez le nom d'utilisateur et le mot de passe enregistrés dans le logiciel de messagerie et corrigez-les ; un logiciel client doit redemander les identifiants à l'utilisateur au lieu de réessayer les mêmes. S'ils sont corrects, consultez les instructions de configuration du fournisseur, car certains exigent un mot de passe distinct ou une autre méthode d'authentification pour l'envoi.",
    ],
    // 538
    [
        "Chiffrement requis pour le mécanisme d'authentification demandé",
        "Le serveur a refusé le mécanisme d'authentification choisi, car il ne peut être utilisé que sur une connexion chiffrée. La RFC 4954 a rendu ce code obsolète : les serveurs actuels ne devraient pas proposer ces mécanismes avant le chiffrement, et doivent les refuser avec `504` si on les demande.",
        "D'anciens serveurs conçus selon la norme d'authentification précédente l'envoient, avec `5.7.11`, en réponse à `AUTH` sur une connexion qui n'a pas exécuté `STARTTLS`, typiquement pour des mécanismes en clair.",
        "Envoyez `STARTTLS`, puis de nouveau `EHLO`, et répétez `AUTH` sur la connexion chiffrée ; dans un logiciel de messagerie, activez TLS pour le serveur sortant. Les exploitants de serveurs devraient cesser d'envoyer ce code et masquer ces mécanismes tant que TLS n'est pas actif.",
    ],
    // 546
    [
        "Boucle de routage détectée, trop d'en-têtes Received",
        "Réponse non standard : aucune RFC ne définit `546` ; le nombre reprend le code étendu `5.4.6`. Le serveur de messagerie Courier l'envoie lorsqu'un message est passé par tant de serveurs qu'il tourne presque certainement en boucle.",
        "Courier répond ainsi à la fin de `DATA` lorsque l'en-tête du message contient plus de 100 lignes Received. Ces boucles proviennent généralement de règles de transfert, d'alias ou de réglages MX et de routage qui renvoient le courrier d'un système à l'autre.",
        "Lisez les lignes Received du message renvoyé pour voir quels serveurs se répètent, puis corrigez la règle de transfert, l'alias ou le réglage de routage qui renvoie le courrier. Tout nouvel envoi avant cette correction bouclera de nouveau.",
    ],
    // 550
    [
        "Action demandée non effectuée : boîte aux lettres indisponible",
        "Le serveur a refusé définitivement cette adresse ou ce message. Soit la boîte aux lettres n'existe pas, soit l'expéditeur n'y a pas accès, soit la politique locale, par exemple le filtrage antispam, les règles de relais ou les vérifications de l'expéditeur, rejette le courrier.",
        "Les serveurs l'envoient en réponse à `RCPT TO` pour des destinataires inconnus (`5.1.1`) et pour un relais qu'ils n'autorisent pas (souvent `5.7.1`), en réponse à `MAIL FROM` pour des expéditeurs refusés, et après la fin de `DATA` pour du courrier rejeté par la politique. Le code étendu qui le suit permet de distinguer ces cas.",
        "Lisez le code étendu et le texte. Pour `5.1.1`, vérifiez l'orthographe de l'adresse ou demandez au destinataire une adresse correcte. Pour les refus de politique comme `5.7.1`, l'administrateur du domaine d'envoi doit vérifier SPF, DKIM et les listes de blocage, ou contacter le postmaster du destinataire. Un nouvel envoi à l'identique échouera encore.",
    ],
    // 551
    [
        "Utilisateur non local ; veuillez essayer une autre adresse",
        "Le serveur ne gère pas le courrier de ce destinataire et ne le transférera pas ; le texte indique généralement l'adresse à utiliser à la place. C'est l'une des rares réponses dont un client peut exploiter le texte.",
        "Les serveurs l'envoient en réponse à `RCPT TO` ou `VRFY` pour un utilisateur qui a changé d'adresse ou dont le courrier est géré ailleurs, lorsque le site choisit de révéler la nouvelle adresse plutôt que de transférer discrètement. Les sites qui ne veulent pas divulguer d'adresses répondent plutôt par un simple `550`.",
        "Vérifiez que l'adresse donnée dans le texte est plausible, puis envoyez-y le message et mettez à jour le contact. Si aucune adresse n'est indiquée, demandez au destinataire son adresse actuelle par un autre moyen.",
    ],
    // 552
    [
        "Action demandée abandonnée : dépassement de l'espace de stockage alloué",
        "L'action a été interrompue par une limite de taille ou de stockage : le message est plus gros que ce que le serveur ou la boîte aux lettres accepte, ou l'espace de stockage du destinataire est épuisé. L'adresse est correcte ; c'est la taille du courrier qui pose problème.",
        "Les serveurs l'envoient en réponse à `MAIL FROM` lorsque la taille déclarée avec `SIZE` dépasse leur maximum, après la fin de `DATA` lorsque le message s'avère trop gros, et en réponse à `RCPT TO` pour une boîte aux lettres pleine (`5.2.2`). D'anciens serveurs l'utilisaient aussi pour des destinataires trop nombreux, cas qui relève normalement de `452`.",
        "Réduisez la taille du message, par exemple en envoyant les gros fichiers sous forme de lien, et restez sous la limite `SIZE` annoncée par le serveur après `EHLO`. Si la boîte aux lettres du destinataire est pleine, c'est au destinataire de libérer de l'espace. Un client qui le reçoit après de nombreuses commandes `RCPT TO` doit envoyer les destinataires restants dans une transaction ultérieure.",
    ],
    // 553
    [
        "Action demandée non effectuée : nom de boîte aux lettres non autorisé",
        "Le serveur a refusé l'adresse à cause de son écriture : la syntaxe est incorrecte, elle contient des caractères que le serveur n'accepte pas, ou elle correspond à plusieurs utilisateurs. Le problème est la forme de l'adresse, pas l'existence de la boîte aux lettres.",
        "Les serveurs l'envoient en réponse à `MAIL FROM` ou `RCPT TO` pour des adresses mal formées, en réponse à `RCPT TO` pour une adresse non ASCII qu'ils ne peuvent pas accepter (`5.6.7` ; à `MAIL FROM`, la RFC 6531 prévoit de refuser une telle adresse par `550`), et en réponse à `VRFY` lorsqu'un nom est ambigu.",
        "Vérifiez l'adresse caractère par caractère : un seul signe @, aucune espace, aucun chevron ni guillemet parasite, et un domaine complet. Corrigez-la et renvoyez le message ; si elle contient des caractères non ASCII, utilisez l'adresse ASCII du destinataire s'il en a une.",
    ],
    // 554
    [
        "Échec de la transaction",
        "Un échec permanent général : le serveur a refusé toute la transaction ou toute la session, et non une adresse en particulier. Il sert lorsqu'aucun code plus précis ne convient ; ce sont donc le texte et le code étendu qui le suivent qui donnent la vraie raison.",
        "Les serveurs l'envoient à la place de l'accueil `220` pour refuser d'emblée un client (« No SMTP service here »), en réponse à `DATA` lorsqu'aucun destinataire n'a été accepté, et après la fin de `DATA` lorsque le contenu est rejeté. Les serveurs de soumission l'utilisent aussi pour des commandes ou des données de message incorrectes.",
        "Lisez le texte et le code étendu pour connaître la raison ; renvoyer le message à l'identique ne servira à rien. En guise d'accueil, il signifie généralement que l'hôte ou l'adresse IP d'envoi est refusé par politique : l'administrateur du domaine d'envoi doit alors vérifier les listes de blocage ou contacter le site destinataire. S'il arrive après la fin du message, le serveur a refusé le contenu : modifiez ce qui a été rejeté avant de renvoyer le message.",
    ],
    // 555
    [
        "Paramètres de MAIL FROM/RCPT TO non reconnus ou non implémentés",
        "Le serveur ne connaît pas, ou ne prend pas en charge, un paramètre d'extension ajouté à `MAIL FROM` ou `RCPT TO`. L'adresse elle-même peut être correcte ; c'est le paramètre supplémentaire qui a provoqué le refus.",
        "Les serveurs l'envoient lorsqu'un client ajoute des paramètres comme `SMTPUTF8`, `REQUIRETLS` ou `MT-PRIORITY` que le serveur n'a pas annoncés après `EHLO`. Les serveurs qui proposent Deliver By l'envoient aussi pour un délai de remise qu'ils ne pourront jamais respecter.",
        "Faites en sorte que le client n'envoie que les paramètres annoncés par le serveur dans sa réponse à `EHLO`, ou supprimez le paramètre et réessayez. Si le message dépend de l'extension, remettez-le via un serveur qui la prend en charge ou renvoyez-le à l'expéditeur.",
    ],
    // 556
    [
        "Le domaine n'accepte pas de courrier",
        "Le domaine du destinataire a déclaré qu'il ne reçoit aucun courrier électronique ; aucune adresse de ce domaine ne peut donc recevoir le message. C'est une réponse permanente concernant tout le domaine, et non une seule boîte aux lettres.",
        "Les relais et les serveurs de soumission l'envoient en réponse à `RCPT TO` sans même essayer de se connecter, généralement parce que le domaine publie un enregistrement MX nul (`5.1.10`). Une faute de frappe dans la partie domaine de l'adresse en est une cause fréquente.",
        "Vérifiez qu'il n'y a pas de faute de frappe dans le domaine après le signe @ et demandez au destinataire une adresse qui fonctionne. Si le domaine vous appartient et que vous voulez recevoir du courrier, remplacez l'enregistrement MX nul par de vrais enregistrements MX.",
    ],
    // 557
    [
        "Les données du message dépassent la taille maximale",
        "Réponse non standard : aucune RFC ne définit `557` ; le code habituel pour un message trop volumineux est `552`. Alibaba Cloud Direct Mail l'envoie à ses propres clients lorsqu'un message soumis via son service SMTP dépasse la taille autorisée par le service.",
        "Direct Mail le renvoie à la fin de `DATA` lorsque le message complet, pièces jointes comprises, dépasse sa limite de taille. Il provient de Direct Mail au moment où le service accepte votre message, et non du serveur du destinataire.",
        "Réduisez la taille du message : compressez ou supprimez des pièces jointes, ou partagez les gros fichiers sous forme de liens, et vérifiez les limites de taille dans la documentation de Direct Mail. Le même message renvoyé sera de nouveau refusé.",
    ],
    // 559
    [
        "Adresse de destinataire invalide",
        "Réponse non standard : aucune RFC ne définit `559`. Alibaba Cloud Direct Mail l'envoie à ses clients lorsqu'une adresse de destinataire figure dans la liste des adresses connues comme invalides du service, et refuse d'y envoyer.",
        "Direct Mail répond ainsi à `RCPT TO` pendant qu'il accepte un message de votre application, avant toute tentative de remise, si l'adresse figure dans sa liste globale d'adresses invalides. Le serveur du destinataire n'est pas contacté.",
        "Vérifiez que l'adresse ne contient pas de faute de frappe et confirmez-la auprès du destinataire par un autre moyen. Retirez de vos listes les adresses réellement invalides, car leur écrire de nouveau ne fait que répéter le refus.",
    ],
    // 571
    [
        "Remise non autorisée, refusée par la politique locale",
        "Réponse non standard : aucune RFC ne définit `571` ; le nombre reprend le code étendu `5.7.1`. Le serveur de messagerie Courier l'envoie lorsqu'un filtre de destinataire refuse le message, et d'anciennes versions du correctif chkuser pour qmail l'envoient lorsqu'un client dépasse leurs limites ou échoue à leurs vérifications de l'expéditeur.",
        "Courier répond ainsi à `RCPT TO` lorsqu'un filtre configuré rejette le destinataire sans fournir son propre texte. Le correctif chkuser répond ainsi à `RCPT TO` lorsqu'une session dépasse sa limite de destinataires ou compte trop de destinataires inconnus, et à `MAIL FROM` lorsque l'adresse de l'expéditeur a un format invalide.",
        "Lisez le texte qui suit le code. En cas de destinataires trop nombreux, découpez l'envoi en lots plus petits par connexion ; en cas d'expéditeur invalide, corrigez l'adresse de l'expéditeur. Si un filtre a refusé le courrier, seul l'administrateur du destinataire peut en expliquer la raison et l'autoriser.",
    ],
    // X.0.0
    [
        "Autre état non défini",
        "Le code n'indique que la classe du résultat et rien sur sa cause : `2.0.0` est un simple succès, `4.0.0` un échec temporaire non précisé et `5.0.0` un échec permanent non précisé. La véritable explication se trouve, le cas échéant, dans le texte qui suit le code.",
        "Les serveurs mettent `2.0.0` dans les réponses de succès courantes, par exemple la réponse `221` à `QUIT`. Les formes d'échec servent pour les erreurs que le logiciel ne sait pas associer à un code plus précis, et les rapports de remise doivent se rabattre sur `4.0.0` ou `5.0.0` lorsqu'aucun code spécifique ne convient.",
        "Pour `2.0.0`, rien n'est nécessaire, et pour `4.0.0`, votre serveur réessaie simplement plus tard. Pour `5.0.0`, lisez le texte de la réponse ou de l'avis de non-remise, qui indique généralement la cause ; sinon, envoyez la ligne d'erreur complète et son horodatage à l'administrateur du serveur qui l'a produite.",
    ],
    // X.1.0
    [
        "Autre état d'adresse",
        "Un élément concernant une adresse, celle de l'expéditeur ou d'un destinataire, est à l'origine de cet état, et le serveur ne donne pas plus de détails. Avec la classe 2, il confirme simplement qu'une adresse a été acceptée ; avec la classe 4 ou 5, l'adresse a été refusée pour une raison que le code ne précise pas.",
        "La forme de succès `2.1.0` répond couramment à un `MAIL FROM` accepté, comme dans l'exemple de la RFC 2034. Les formes d'échec apparaissent en réponse à `MAIL FROM` ou `RCPT TO` lorsqu'une vérification d'adresse échoue pour une raison qu'aucun code d'adressage plus précis ne couvre.",
        "Pour `2.1.0`, rien n'est nécessaire. Sinon, vérifiez que les adresses de l'expéditeur et du destinataire ne comportent ni faute de frappe ni caractère parasite et qu'elles ont le bon domaine, et lisez le texte qui suit le code pour connaître la vraie raison. Si les adresses sont correctes, adressez-vous à l'administrateur du serveur qui les a refusées.",
    ],
    // X.1.1
    [
        "Adresse de boîte aux lettres de destination incorrecte",
        "Le domaine du destinataire accepte du courrier, mais la boîte aux lettres nommée avant le `@` n'y existe pas. La RFC 3463 le réserve aux échecs permanents ; la forme normale est donc `5.1.1`.",
        "Les serveurs destinataires répondent à `RCPT TO` par `550` et `5.1.1` pour un utilisateur inconnu, et les avis de non-remise le signalent lorsqu'un serveur plus loin constate que la boîte aux lettres n'existe pas. L'IANA l'associe aussi à `451` : un `4.1.1` temporaire peut donc se produire, même si la situation est censée être permanente.",
        "Vérifiez l'orthographe de la partie avant le `@` et confirmez l'adresse auprès du destinataire par un autre canal ; la personne est peut-être partie ou a changé d'adresse. Renvoyer à la même adresse ne servira à rien. Si vous gérez le domaine destinataire et que l'utilisateur devrait exister, vérifiez la boîte aux lettres, ses alias et l'annuaire des utilisateurs.",
    ],
    // X.1.2
    [
        "Adresse du système de destination incorrecte",
        "La partie de l'adresse du destinataire après le `@` ne mène à aucun système qui accepte du courrier : le domaine n'existe pas ou ne peut pas recevoir de courrier électronique. La RFC 3463 le réserve aux échecs permanents ; il apparaît donc sous la forme `5.1.2`.",
        "Les serveurs d'envoi le signalent dans les avis de non-remise lorsque la recherche DNS du domaine du destinataire ne trouve pas ce domaine ou aucun serveur de messagerie utilisable. Les relais et les serveurs de soumission peuvent aussi le renvoyer en réponse à `RCPT TO` pour un domaine auquel ils savent ne pas pouvoir remettre de courrier.",
        "Vérifiez que le domaine ne contient pas de faute de frappe, comme une lettre manquante ou une extension mal orthographiée, et confirmez l'adresse auprès du destinataire. Si le domaine est le vôtre, assurez-vous qu'il est enregistré et qu'il publie des enregistrements MX ou d'adresse corrects.",
    ],
    // X.1.3
    [
        "Syntaxe incorrecte de l'adresse de la boîte aux lettres de destination",
        "L'adresse du destinataire n'est pas une adresse bien formée ; le serveur ne l'a donc même pas recherchée. N'importe quelle partie peut être en cause, avant ou après le `@`. La RFC 3463 le réserve aux échecs permanents ; il apparaît donc sous la forme `5.1.3`.",
        "Les serveurs répondent à `RCPT TO` par `501` et `5.1.3` lorsque l'adresse contient des caractères interdits ou des espaces, n'a pas de `@` ou en a un de trop, n'est pas entre chevrons ou est trop longue. Les avis de non-remise le signalent lorsqu'un relais plus loin ne parvient pas à analyser une adresse.",
        "Corrigez l'adresse : supprimez les espaces, les guillemets et la ponctuation parasite, et vérifiez qu'elle comporte un seul `@` suivi d'un domaine valide. Les développeurs doivent vérifier que le client envoie l'adresse seule, entre chevrons, après `RCPT TO`. Les adresses contenant des caractères non ASCII nécessitent des serveurs qui prennent en charge `SMTPUTF8`.",
    ],
    // X.1.4
    [
        "Adresse de boîte aux lettres de destination ambiguë",
        "L'adresse du destinataire correspond à plusieurs boîtes aux lettres sur le système destinataire ; le serveur ne peut donc pas savoir quelle personne était visée. La RFC 3463 ne limite pas ce code à une seule classe.",
        "Il provient de systèmes qui associent les adresses aux boîtes aux lettres par approximation, par exemple d'après le nom d'une personne, lorsque cette recherche trouve plusieurs candidats. La RFC 5321 illustre la même situation pour `VRFY`, avec la réponse `553`.",
        "Utilisez l'adresse exacte et complète du destinataire plutôt qu'un nom ou une forme abrégée, et demandez-la-lui si nécessaire. Les administrateurs du système destinataire peuvent rendre l'adresse unique ou désactiver la correspondance approximative.",
    ],
    // X.1.5
    [
        "Adresse de destination valide",
        "Un état de succès : l'adresse du destinataire a été vérifiée et acceptée. La RFC 3463 le réserve aux rapports positifs ; il n'apparaît donc que sous la forme `2.1.5`.",
        "Les serveurs mettent `2.1.5` dans la réponse `250` à chaque `RCPT TO` accepté, comme dans l'exemple de la RFC 2034. Les rapports de remise peuvent aussi l'indiquer pour un destinataire auquel le message a bien été relayé ou remis.",
        "Rien à corriger. Gardez à l'esprit qu'un destinataire accepté n'est pas encore un message remis : le serveur peut encore refuser le message après l'envoi des données, ou le renvoyer plus tard avec un avis de non-remise.",
    ],
    // X.1.6
    [
        "Boîte aux lettres de destination déplacée, pas d'adresse de réexpédition",
        "L'adresse fonctionnait auparavant, mais la boîte aux lettres n'accepte plus de courrier et le serveur n'a aucune nouvelle adresse à proposer. La RFC 3463 le réserve aux échecs permanents ; il apparaît donc sous la forme `5.1.6`.",
        "Les serveurs destinataires le renvoient en réponse à `RCPT TO`, ou le signalent dans un avis de non-remise, pour d'anciennes adresses, par exemple celles de personnes qui ont quitté une organisation ou changé de fournisseur.",
        "Cessez d'utiliser cette adresse et retirez-la de vos contacts et de vos listes de diffusion. Joignez la personne autrement pour obtenir son adresse actuelle. Contrairement à `551`, aucune nouvelle adresse n'est fournie : il n'y a donc rien à réessayer.",
    ],
    // X.1.7
    [
        "Syntaxe incorrecte de l'adresse de la boîte aux lettres de l'expéditeur",
        "L'adresse de l'expéditeur, généralement celle donnée dans `MAIL FROM`, n'est pas une adresse bien formée. La RFC 3463 ne lie pas ce code à une classe précise, mais une adresse mal formée sera de nouveau refusée si elle est renvoyée telle quelle.",
        "Les serveurs répondent ainsi à `MAIL FROM`, avec `501` ou `553`, lorsque l'adresse contient des caractères invalides, n'a pas de domaine, pas de `@` ou pas de chevrons. Des scripts, des formulaires web et des appareils dont l'adresse d'expéditeur est mal configurée peuvent en être la cause.",
        "Corrigez l'adresse de l'expéditeur dans les réglages du programme ou de l'appareil qui envoie, pour qu'il s'agisse d'une adresse complète avec un domaine valide. Les développeurs doivent vérifier que `MAIL FROM` ne contient que l'adresse seule entre chevrons, sans nom d'affichage.",
    ],
    // X.1.8
    [
        "Adresse du système de l'expéditeur incorrecte",
        "Le domaine de l'adresse de l'expéditeur n'existe pas ou ne peut pas recevoir de courrier : les réponses et les avis de non-remise ne pourraient donc jamais parvenir à l'expéditeur. `5.1.8` signifie que le domaine est inutilisable ; `4.1.8` signifie que la vérification n'a pas pu aboutir pour l'instant et pourra réussir plus tard.",
        "Les serveurs destinataires répondent ainsi à `MAIL FROM` après avoir recherché le domaine de l'expéditeur dans le DNS sans y trouver de destination de courrier utilisable. Beaucoup de destinataires refusent ce courrier, car un expéditeur qui ne peut pas recevoir d'avis de non-remise est souvent un signe de spam.",
        "Envoyez depuis une adresse dont le domaine existe et peut recevoir du courrier, et vérifiez les réglages des applications ou des appareils à la recherche de fautes de frappe et de domaines fictifs laissés par défaut. Si le domaine est le vôtre, assurez-vous qu'il est enregistré et qu'il a des enregistrements MX ou d'adresse, et ne publiez pas de MX nul pour un domaine depuis lequel vous envoyez du courrier.",
    ],
    // X.1.9
    [
        "Message relayé vers un serveur de messagerie non conforme",
        "L'adresse du destinataire était valide et le message a été transmis, mais à un système qui ne prend pas en charge le suivi des messages : aucune autre information sur son acheminement n'est donc disponible. Ce n'est pas une erreur, et la RFC 3886 ne l'utilise que sous la forme `2.1.9`.",
        "Il apparaît dans les rapports de suivi de message (RFC 3886), toujours avec l'action « relayed », lorsque la trace d'un message s'arrête à un système qui ne sait pas répondre aux demandes de suivi. Il n'est normalement pas envoyé comme réponse SMTP.",
        "Rien à corriger : le message a quitté normalement les systèmes suivis. Pour confirmer la remise, interrogez le destinataire ou l'exploitant du système suivant.",
    ],
    // X.1.10
    [
        "L'adresse du destinataire a un MX nul",
        "Le domaine du destinataire publie un MX nul, un enregistrement DNS indiquant que le domaine n'accepte aucun courrier. L'adresse ne pourra jamais recevoir de courrier ; c'est donc un échec permanent : `5.1.10`.",
        "Les serveurs d'envoi et de soumission refusent `RCPT TO` avec `556` et `5.1.10` lorsque la recherche DNS du domaine du destinataire trouve un MX nul. Vous obtenez l'erreur immédiatement, au lieu de l'obtenir après des jours de nouvelles tentatives. Microsoft Exchange Online envoie `550 5.1.10` dans un sens qui lui est propre : l'adresse n'existe pas dans l'organisation destinataire.",
        "L'adresse est mal saisie ou le domaine refuse volontairement le courrier : vérifiez si la partie domaine est une faute de frappe, un sosie du domaine voulu ou le nom d'un serveur web, et obtenez auprès du destinataire une adresse qui fonctionne. Si le domaine vous appartient et que vous voulez recevoir du courrier, remplacez le MX nul par de vrais enregistrements MX.",
    ],
    // X.2.0
    [
        "Autre état de boîte aux lettres ou état non défini",
        "La boîte aux lettres du destinataire existe, mais un élément propre à cette boîte aux lettres a retardé ou bloqué le message, et le serveur ne donne pas de code plus précis. Les problèmes de boîte aux lettres relèvent du destinataire.",
        "Les serveurs destinataires l'utilisent en réponse à `RCPT TO` ou à la fin des données du message, ainsi que dans les avis de non-remise, lorsqu'une boîte aux lettres ne peut pas accepter un message pour une raison qui n'a pas de code propre. Le texte qui suit le code indique généralement la raison.",
        "Avec `4.2.0`, laissez votre serveur continuer à réessayer. Avec `5.2.0`, prévenez le destinataire par un autre canal en citant le texte de l'erreur, car seuls lui ou son administrateur de messagerie peuvent remettre la boîte aux lettres en état.",
    ],
    // X.2.1
    [
        "Boîte aux lettres désactivée, n'accepte pas de messages",
        "La boîte aux lettres existe mais a été désactivée pour le courrier entrant. La RFC 3463 autorise les deux classes : `5.2.1` lorsque la boîte aux lettres ne sera pas réactivée, `4.2.1` lorsqu'elle n'est bloquée que pour un temps.",
        "Les fournisseurs l'envoient en réponse à `RCPT TO`, ou dans un avis de non-remise, pour des comptes suspendus, verrouillés ou fermés mais pas encore supprimés. Les raisons exactes de la désactivation d'une boîte aux lettres dépendent du fournisseur.",
        "Contactez le destinataire par un autre moyen et demandez-lui une adresse qui fonctionne ou la réactivation du compte. Avec `4.2.1`, votre serveur réessaie de lui-même ; avec `5.2.1`, tout nouvel envoi échouera tant que la boîte aux lettres ne sera pas réactivée.",
    ],
    // X.2.2
    [
        "Boîte aux lettres pleine",
        "La boîte aux lettres du destinataire a atteint son quota de stockage : plus rien n'y entre tant que le destinataire n'a pas supprimé de messages. La RFC 3463 prévoit de l'utiliser comme échec temporaire (`4.2.2`), mais il est aussi envoyé avec la réponse permanente `552`, ce qui donne `5.2.2`.",
        "Les serveurs destinataires le renvoient en réponse à `RCPT TO` ou à la fin des données du message dès qu'un compte dépasse son quota, et les rapports de remise l'indiquent lorsque l'étape finale de remise trouve la boîte aux lettres pleine. Il concerne un seul destinataire : d'autres sur le même serveur peuvent encore recevoir le message.",
        "Seul le destinataire peut régler le problème, en supprimant ou en archivant des messages, ou son administrateur, en augmentant le quota. En tant qu'expéditeur, prévenez le destinataire par un autre canal ; avec `4.2.2`, votre serveur réessaie de lui-même, avec `5.2.2`, vous devrez renvoyer le message plus tard.",
    ],
    // X.2.3
    [
        "La taille du message dépasse la limite administrative",
        "Le message est plus volumineux que ce que cette boîte aux lettres précise accepte : le destinataire a sa propre limite de taille, inférieure à la limite générale du serveur. La RFC 3463 le prévoit comme échec permanent (`5.2.3`) : le même message sera donc de nouveau refusé.",
        "Les serveurs l'envoient avec `552`, généralement en réponse à la fin des données du message, pour un destinataire dont la limite de taille propre est dépassée. D'autres destinataires sur le même serveur, ayant des limites plus élevées, peuvent encore le recevoir.",
        "Réduisez la taille du message : supprimez ou compressez les pièces jointes, ou partagez les gros fichiers par un lien de téléchargement. Si le destinataire a besoin de recevoir de gros fichiers, il peut demander à son administrateur de relever la limite de sa boîte aux lettres.",
    ],
    // X.2.4
    [
        "Problème d'expansion de liste de diffusion",
        "L'adresse du destinataire appartient à une liste de diffusion, et la liste n'a pas pu être développée en adresses de ses membres. La RFC 3463 autorise les deux classes : `4.2.4` pour un problème passager, `5.2.4` pour un problème durable.",
        "Les serveurs qui hébergent des listes de diffusion ou des alias le signalent, en réponse à `RCPT TO` ou dans un avis de non-remise, lorsque la conversion de l'adresse de la liste en adresses des membres échoue. Il concerne la liste dans son ensemble, et non l'un de ses membres.",
        "Avec `4.2.4`, laissez votre serveur réessayer. Avec `5.2.4`, prévenez le propriétaire de la liste ou l'administrateur du serveur de listes, car la liste elle-même doit être réparée avant qu'un nouvel envoi puisse aboutir.",
    ],
    // X.3.0
    [
        "Autre état du système de messagerie ou état non défini",
        "Le système destinataire existe et accepte normalement le courrier, mais un élément propre au système lui-même, et non à l'adresse ou au message, est à l'origine de cet état, sans code plus précis. Les formes d'échec situent la cause du côté de la destination.",
        "L'IANA le rattache à un large éventail de réponses, de `250` et `221` à `421`, `451`, `550` et `554` : il apparaît donc aussi bien sur des succès que sur des échecs. Les formes d'échec servent pour des problèmes internes à la destination ; le texte qui suit le code les décrit généralement.",
        "Un `4.3.0` ne demande rien de votre part, car votre serveur réessaie. Si un `5.3.0` persiste, envoyez la ligne d'erreur complète et son horodatage à l'administrateur de messagerie du destinataire, car le défaut se situe sur son système. S'il s'agit de votre système, consultez ses journaux à ce moment-là.",
    ],
    // X.3.1
    [
        "Système de messagerie plein",
        "Le système de messagerie destinataire n'a plus d'espace de stockage dans son ensemble, et pas seulement pour une boîte aux lettres ; les destinataires ne peuvent pas libérer de place eux-mêmes. La RFC 3463 ne l'autorise que comme échec temporaire ; il apparaît donc sous la forme `4.3.1`.",
        "Les serveurs envoient `452` avec `4.3.1` en réponse à `MAIL FROM`, `RCPT TO` ou à la fin des données du message lorsque leur disque ou l'espace de leur file d'attente est épuisé. Avec l'extension `SIZE`, un serveur peut aussi envoyer `452` dès `MAIL FROM` lorsqu'il manque de place pour un message de la taille déclarée.",
        "L'expéditeur n'a rien à faire : le message reste en file d'attente et sera réessayé plus tard. L'administrateur du serveur destinataire doit libérer de l'espace disque ou ajouter du stockage, et surveiller la file d'attente pour qu'elle ne se remplisse pas de nouveau.",
    ],
    // X.3.2
    [
        "Le système n'accepte pas de messages réseau",
        "L'hôte qui héberge la boîte aux lettres n'accepte pas de messages, pour l'instant ou définitivement. La RFC 3463 autorise les deux classes : `4.3.2` pour des causes passagères comme une maintenance, une forte charge ou un arrêt imminent, `5.3.2` lorsque l'hôte refuse le courrier pour de bon.",
        "Les serveurs envoient `4.3.2` avec un refus temporaire lorsqu'ils sont surchargés, en maintenance ou en cours d'arrêt. Un hôte qui n'accepte jamais de courrier envoie `521` en guise d'accueil (RFC 7504), sans code étendu puisque la RFC 2034 n'en prévoit aucun dans l'accueil ; pour les réponses qui en portent un, le registre de l'IANA associe `5.3.2` à `521` et à `453`.",
        "Pour `4.3.2`, laissez votre serveur réessayer plus tard ; le message n'est pas en cause. Pour `5.3.2`, et surtout avec `521`, cet hôte n'accepte pas de courrier : vérifiez l'adresse et les enregistrements MX du domaine du destinataire, et demandez au destinataire un autre moyen de le joindre.",
    ],
    // X.3.3
    [
        "Le système ne prend pas en charge les fonctions demandées",
        "Le message demande une fonction ou une option que le système destinataire ne peut pas fournir ; il ne peut donc pas être traité comme l'expéditeur l'a demandé. La RFC 3463 cite les passerelles comme source typique, lorsqu'une fonction d'un environnement de messagerie n'a pas d'équivalent dans l'autre.",
        "Il apparaît dans les avis de non-remise de passerelles vers d'autres systèmes de messagerie, et dans les réponses de serveurs qui ne peuvent pas honorer une option dont dépend le message. Le texte qui suit le code devrait nommer la fonction.",
        "Identifiez la fonction refusée, puis renvoyez le message sans elle ou par un chemin qui la prend en charge. Si le refus vient de votre propre passerelle, son administrateur doit ajouter la prise en charge de cette fonction ou modifier la façon dont elle est convertie.",
    ],
    // X.3.4
    [
        "Message trop volumineux pour le système",
        "Le message dépasse la taille maximale acceptée par le système destinataire, quel que soit le destinataire. La limite peut être technique ou fixée par une politique. La RFC 3463 ne l'autorise que comme échec permanent ; il apparaît donc sous la forme `5.3.4`.",
        "Les serveurs l'envoient avec `552` en réponse à `MAIL FROM` lorsque la taille déclarée avec `SIZE` dépasse leur limite, ou avec `552` ou `554` après les données du message, une fois la taille réelle connue. Les serveurs qui prennent en charge `SIZE` peuvent indiquer leur limite dans la réponse à `EHLO`.",
        "Réduisez la taille du message : partagez les gros fichiers par un lien de téléchargement, ou compressez ou découpez les pièces jointes. Si la réponse du serveur à `EHLO` indique un nombre après `SIZE`, c'est sa limite en octets. Renvoyer le même message sans modification échouera de nouveau.",
    ],
    // X.3.5
    [
        "Système mal configuré",
        "La configuration propre au système destinataire l'empêche d'accepter ce message. Cela indique un défaut de configuration sur ce serveur, et non un problème lié à votre message ou à vos adresses.",
        "Les serveurs et les relais le signalent lorsque leurs réglages les empêchent d'accepter ou de transmettre un message. La classe indique si le défaut devrait être corrigé rapidement (`4.3.5`) ou non (`5.3.5`).",
        "L'expéditeur ne peut pas corriger cela. Signalez la ligne d'erreur complète, son horodatage et l'adresse du destinataire à l'administrateur du serveur qui l'a envoyé ; pour un autre domaine, passez par le destinataire ou par l'adresse postmaster de ce domaine. S'il s'agit de votre serveur, vérifiez ses réglages de domaine, de routage et de remise ainsi que ses journaux.",
    ],
    // X.3.6
    [
        "La priorité demandée a été modifiée",
        "Le message a été accepté, mais pas avec la priorité demandée par l'expéditeur via `MT-PRIORITY` (ou avec la priorité par défaut, si aucune n'a été demandée) : le serveur l'a relevée ou abaissée. C'est un succès, `2.3.6`, et le texte de la réponse commence par la nouvelle priorité.",
        "Les serveurs qui prennent en charge `MT-PRIORITY` l'envoient dans la réponse `250` à `MAIL FROM` ou à la fin des données du message lorsque leur politique attribue une autre priorité, par exemple en fonction du compte avec lequel l'expéditeur s'est authentifié.",
        "Rien à corriger : le message est en route. Si vous avez besoin d'une priorité plus élevée, demandez à l'administrateur du serveur si votre compte ou votre domaine peut l'utiliser ; un serveur peut refuser de relever la priorité d'expéditeurs auxquels il ne fait pas confiance, tout en les laissant abaisser la leur.",
    ],
    // X.4.0
    [
        "Autre état réseau ou de routage, ou état non défini",
        "La remise a échoué ou a été retardée par un problème de réseau ou de routage que le système qui le signale n'a pas pu décrire plus précisément. Le chiffre de classe indique tout de même si le problème est temporaire (`4.4.0`) ou permanent (`5.4.0`).",
        "Les serveurs de messagerie l'indiquent dans les avis de retard et de non-remise, ou dans une réponse, lorsque la connexion au serveur suivant ou l'acheminement vers celui-ci échoue pour une raison qu'aucun code réseau spécifique ne couvre.",
        "Pour `4.4.0`, laissez le serveur d'envoi continuer à réessayer. Si cela persiste, ou pour `5.4.0`, lisez le texte qui suit le code et la partie diagnostic de l'avis de non-remise, puis vérifiez le DNS et la connectivité entre le serveur d'envoi et les serveurs de messagerie de la destination.",
    ],
    // X.4.1
    [
        "Pas de réponse de l'hôte",
        "Le serveur d'envoi a essayé de se connecter au serveur de messagerie suivant, mais l'hôte n'a pas répondu, parce qu'il était occupé, arrêté ou injoignable. La RFC 3463 le prévoyait uniquement comme état temporaire : même un avis de non-remise définitif peut donc afficher `4.4.1` une fois que l'expéditeur a réessayé jusqu'à son délai maximal.",
        "C'est en général votre propre serveur de messagerie qui le signale, dans un avis de retard ou dans son journal, après l'expiration ou le refus des connexions vers les hôtes de messagerie du destinataire. Les serveurs de soumission `BURL` répondent `451 4.4.1` s'ils ne peuvent pas joindre le serveur IMAP qui détient le message. Microsoft Exchange Online répond aussi `550 5.4.1` pour refuser des adresses de destinataires qui n'existent pas dans l'organisation destinataire, un usage propre à ce fournisseur.",
        "Patientez, car le serveur d'envoi réessaie de lui-même. Si cela dure des heures, vérifiez que le domaine du destinataire a des enregistrements MX corrects, que ses serveurs de messagerie fonctionnent et acceptent les connexions, et qu'aucun pare-feu ne bloque le trafic. Pour un refus `5.4.1`, lisez le texte qui suit le code.",
    ],
    // X.4.2
    [
        "Mauvaise connexion",
        "Une connexion au serveur suivant a été établie, mais elle a échoué avant la fin de la transaction, à cause d'un délai dépassé ou d'une liaison de mauvaise qualité. La RFC 3463 le prévoyait uniquement comme état temporaire (`4.4.2`) ; le message lui-même n'est pas en cause.",
        "Les serveurs d'envoi l'enregistrent si l'autre côté cesse de répondre pendant la session ou si la connexion tombe, par exemple au milieu d'un long transfert `DATA`. Les serveurs peuvent aussi l'associer à `421` lorsqu'ils ferment une session prématurément.",
        "Laissez le serveur d'envoi réessayer : un client dont la connexion est coupée doit traiter la transaction comme s'il avait reçu un `451` temporaire. Si les échecs se répètent avec une même destination, cherchez des pertes de paquets sur le chemin réseau et vérifiez que les délais d'attente des deux serveurs atteignent au moins les minimums de la RFC 5321.",
    ],
    // X.4.3
    [
        "Échec du serveur d'annuaire",
        "Le message n'a pas pu être transmis parce qu'un service d'annuaire dont dépend le système de messagerie, le plus souvent le DNS, était injoignable ou n'a pas répondu. La RFC 3463 le prévoyait uniquement comme état temporaire (`4.4.3`).",
        "Les serveurs l'utilisent lorsqu'une recherche DNS nécessaire à la remise expire ou échoue du côté du serveur DNS. Les serveurs destinataires qui vérifient SPF envoient `451 4.4.3` si la vérification SPF rencontre une erreur DNS temporaire.",
        "En général, une nouvelle tentative réussit dès que le DNS répond de nouveau. Si cela persiste, vérifiez le résolveur du serveur qui a signalé l'erreur, et assurez-vous que les serveurs de noms du domaine concerné répondent et publient des enregistrements MX et SPF corrects.",
    ],
    // X.4.4
    [
        "Routage impossible",
        "Le système de messagerie n'a pas pu déterminer où envoyer le message ensuite, car les données de routage nécessaires, normalement les enregistrements DNS du domaine du destinataire, n'étaient pas disponibles. La RFC 3463 autorise une forme temporaire (`4.4.4`) et une forme permanente (`5.4.4`).",
        "Les serveurs d'envoi le signalent si le domaine du destinataire n'existe pas, n'a pas d'enregistrements MX ou d'adresse utilisables, ou si une recherche DNS ne renvoie qu'un enregistrement SOA. Une panne DNS passagère donne `4.4.4` ; un domaine sans aucune route de courrier donne `5.4.4`.",
        "Vérifiez que la partie domaine de l'adresse du destinataire ne contient pas de faute de frappe. Si le domaine est correct, son propriétaire doit publier des enregistrements MX (ou un enregistrement d'adresse) menant à un serveur de messagerie joignable. Pour `4.4.4`, le serveur d'envoi continue de réessayer entre-temps.",
    ],
    // X.4.5
    [
        "Congestion du système de messagerie",
        "Le message n'a pas été remis parce que le système de messagerie était congestionné, par exemple surchargé ou avec une file d'attente engorgée. La RFC 3463 le prévoyait uniquement comme état temporaire (`4.4.5`) ; le message n'est pas en cause.",
        "Les serveurs chargés l'envoient en réponse aux commandes, souvent sous la forme `451 4.4.5`, et les serveurs d'envoi le notent dans les avis de retard. Certains serveurs l'utilisent aussi pour ralentir les clients qui ouvrent trop de connexions ou envoient trop vite.",
        "Laissez le serveur d'envoi réessayer plus tard, à intervalles croissants. Si vous envoyez en masse et le voyez souvent, réduisez le nombre de connexions parallèles et le débit d'envoi vers cette destination. S'il vient de votre propre serveur, vérifiez sa charge et sa file d'attente.",
    ],
    // X.4.6
    [
        "Boucle de routage détectée",
        "Le message a été transmis trop de fois entre des serveurs ; un serveur l'a donc arrêté pour rompre la boucle. Des tables de routage erronées ou des adresses qui se renvoient le courrier l'une à l'autre en sont la cause. La RFC 3463 le décrit comme un état temporaire (`4.4.6`).",
        "Les serveurs repèrent généralement une boucle en comptant les champs d'en-tête Received d'un message ; la RFC 5321 demande une limite élevée, normalement d'au moins 100. La boucle fait typiquement suite à une nouvelle règle de transfert qui renvoie le courrier vers une adresse antérieure, ou à un changement de MX ou de relais qui amène des serveurs à se passer le courrier.",
        "Examinez les champs d'en-tête Received du message renvoyé pour voir par quels serveurs il est passé. Supprimez ensuite la règle de transfert, l'alias ou la route de relais qui renvoie vers un saut antérieur. L'expéditeur ne peut pas corriger cela ; ce sont les administrateurs des systèmes en boucle qui doivent le faire.",
    ],
    // X.4.7
    [
        "Délai de remise expiré",
        "Le message était trop ancien : il est resté en file d'attente plus longtemps que le système ne l'autorise, ou un délai de remise fixé par l'expéditeur est dépassé. La RFC 3463 préfère que les serveurs signalent plutôt le problème réel qui a bloqué la remise, lorsqu'ils le connaissent.",
        "On le trouve surtout dans les avis de non-remise d'un serveur d'envoi qui a réessayé une destination pendant des jours sans succès ; la RFC 5321 suggère de n'abandonner qu'au bout d'au moins 4 à 5 jours. Avec l'extension Deliver By, un délai non respecté donne un échec `5.4.7` ou un avis de retard `4.4.7`, selon le mode choisi par l'expéditeur.",
        "Cherchez dans l'avis de non-remise ou dans le journal du serveur les erreurs des tentatives de remise précédentes ; elles montrent la vraie cause, comme un hôte injoignable ou une boîte aux lettres pleine. Faites corriger ce problème, puis renvoyez le message.",
    ],
    // X.5.0
    [
        "Autre état de protocole ou état non défini",
        "Un problème est survenu dans l'échange SMTP lui-même et aucun code de protocole plus précis ne convient : ce sont donc le code de réponse de base et son texte qui donnent les détails. La forme de succès `2.5.0` confirme simplement qu'une étape du protocole a fonctionné.",
        "Il accompagne de nombreuses réponses différentes : `250 2.5.0` après une commande réussie, `503 5.5.0` ou `554 5.5.0` lorsque le contenu d'un message est envoyé avec `BURL` alors qu'aucun destinataire n'a été accepté, et `4.5.0` ou `5.5.0` pour d'autres erreurs de commande. Le registre le cite aussi avec les réponses `458` et `459` à `ETRN`.",
        "Pour `2.5.0`, rien n'est à faire. Pour les erreurs, lisez le code de réponse de base et le texte qui suit le code étendu, et retrouvez dans le journal SMTP la commande qui l'a provoqué. La correction consiste généralement à modifier la séquence de commandes ou les réglages du client.",
    ],
    // X.5.1
    [
        "Commande invalide",
        "Le client a envoyé une commande que le serveur ne prend pas en charge, ou l'a envoyée au mauvais moment de la session, par exemple `DATA` avant tout `RCPT TO` accepté. La RFC 3463 le prévoyait uniquement comme état permanent (`5.5.1`).",
        "Les serveurs l'associent à des réponses comme `500` ou `503` : une commande inconnue ou désactivée, un second `MAIL FROM` dans une même transaction, `RCPT TO` avant `MAIL FROM`, ou une commande envoyée avant une étape `STARTTLS` ou `AUTH` obligatoire.",
        "Le logiciel d'envoi doit être corrigé : respectez l'ordre `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, et n'utilisez que les commandes que le serveur a listées dans sa réponse à `EHLO`. Pour les scripts et les appareils qui envoient du courrier, vérifiez si le serveur exige d'abord `STARTTLS` ou `AUTH`.",
    ],
    // X.5.2
    [
        "Erreur de syntaxe",
        "Le serveur n'a pas pu interpréter une commande, soit parce que sa syntaxe était incorrecte, soit parce que le mot de commande est inconnu. La RFC 3463 le prévoyait uniquement comme état permanent (`5.5.2`).",
        "Les serveurs l'envoient avec `500` ou `501` pour des commandes mal formées, et avec `501` lorsqu'une réponse `AUTH` n'est pas du Base64 valide. Les serveurs destinataires répondent aussi `550 5.5.2` lorsque l'enregistrement SPF du domaine d'envoi ne peut pas être interprété (un « permerror » SPF).",
        "Pour les erreurs de commande, le logiciel client doit envoyer des commandes SMTP bien formées ; la commande refusée dans le journal SMTP montre ce qui ne va pas. Dans le cas de SPF, le propriétaire du domaine d'envoi doit réparer l'enregistrement SPF dans le DNS.",
    ],
    // X.5.3
    [
        "Trop de destinataires",
        "Le message désignait plus de destinataires que le serveur n'en accepte dans une transaction. La RFC 3463 attend de l'expéditeur qu'il découpe la liste et remette les destinataires restants dans une transaction ultérieure ; le code existe pour les cas où cela est impossible.",
        "Les serveurs l'envoient en réponse à `RCPT TO` une fois leur limite de destinataires par message atteinte, généralement avec `452`, la réponse que prescrit la RFC 5321 dans ce cas, ou avec `451`. Un serveur qui applique une politique du site peut utiliser à la place une réponse permanente `5.5.3`.",
        "Un client conforme envoie le message aux destinataires déjà acceptés et retente les destinataires refusés dans une nouvelle transaction. Si vous le recevez dans un avis de non-remise, répartissez les destinataires en groupes plus petits ou utilisez une liste de diffusion. Les administrateurs peuvent vérifier la limite de destinataires configurée sur le serveur.",
    ],
    // X.5.4
    [
        "Arguments de commande invalides",
        "La commande était valide, mais l'un de ses arguments ne l'était pas : hors limites, mal formé ou désignant une fonction que le serveur ne prend pas en charge. La RFC 3463 le prévoyait uniquement comme état permanent (`5.5.4`).",
        "Les cas typiques sont une commande `AUTH` nommant un mécanisme que le serveur ne propose pas (`504 5.5.4`), un paramètre de `MAIL FROM` ou `RCPT TO` que le serveur ne connaît pas (`555`), et des valeurs invalides pour des paramètres d'extension, comme un délai Deliver By ou une durée de rétention pour remise différée (`501 5.5.4`).",
        "Comparez la commande refusée dans le journal SMTP avec les extensions et les mécanismes `AUTH` que le serveur a listés dans sa réponse à `EHLO`, et n'envoyez que des paramètres pris en charge avec des valeurs valides. Il s'agit d'un réglage du client ou d'un bogue logiciel : réessayer sans modification échouera de nouveau.",
    ],
    // X.5.5
    [
        "Mauvaise version de protocole",
        "Les deux systèmes utilisent des versions incompatibles d'un protocole et n'ont pas pu s'accorder sur une version qu'ils prennent tous deux en charge. La RFC 3463 ne lie pas ce code à une classe précise, et le registre ne lui associe aucun code de réponse.",
        "Il est rare en SMTP simple, où les fonctions sont négociées via `EHLO`. Les passerelles et d'autres systèmes de messagerie peuvent le signaler dans un avis de remise si le système suivant parle une version incompatible d'un protocole de messagerie.",
        "Lisez le texte qui suit le code pour savoir quel protocole ou quelle version a été refusé. Les administrateurs des deux systèmes doivent mettre à jour ou reconfigurer l'un des côtés pour qu'ils partagent une version ; renvoyer le message à l'identique n'aide pas.",
    ],
    // X.5.6
    [
        "Ligne d'échange d'authentification trop longue",
        "Pendant `AUTH`, le client a envoyé une réponse en Base64 plus longue que le tampon dont dispose le serveur pour le mécanisme SASL choisi : l'authentification a donc échoué. Le registre autorise une forme permanente et une forme temporaire.",
        "Les serveurs répondent `500 5.5.6` à un échange `AUTH` dont la ligne de réponse dépasse leur limite, par exemple lorsqu'un client envoie un gros jeton d'identification sur une seule ligne. La RFC 4954 jugeait 12288 octets suffisants pour les mécanismes en usage à l'époque de sa rédaction.",
        "Les deux côtés doivent gérer les réponses les plus longues que produisent leurs mécanismes. L'administrateur du serveur peut relever la limite de longueur de ligne pour l'authentification, ou le client peut passer à un mécanisme aux réponses plus courtes.",
    ],
    // X.6.0
    [
        "Autre erreur de média ou erreur non définie",
        "Un élément du contenu du message l'a rendu impossible à remettre, et aucun code de contenu spécifique ne convient ; le texte qui suit le code donne généralement la raison. Sous sa forme de succès `2.6.0`, il confirme simplement que les données du message ont été acceptées.",
        "Les serveurs peuvent utiliser `5.6.0` ou `4.6.0` après le `.` final de `DATA` pour refuser un contenu, par exemple un message dont la structure est cassée ; les problèmes signalés de cette manière dépendent du serveur. La réponse de succès `250 2.6.0` à des données de message acceptées figure dans les exemples de la RFC 2034.",
        "Lisez le texte qui suit le code, qui nomme normalement le problème. Corrigez le message, par exemple son format ou la partie refusée, et renvoyez-le. Si le contenu semble correct, demandez à l'administrateur du destinataire ce que son système lui a reproché.",
    ],
    // X.6.1
    [
        "Type de média non pris en charge",
        "Le message contient un type de contenu que le protocole de remise ou le système suivant sur le chemin ne sait pas traiter. La RFC 3463 le prévoyait uniquement comme état permanent (`5.6.1`).",
        "Les cas typiques sont du contenu binaire brut ou 8 bits proposé à un serveur qui n'a pas annoncé `BINARYMIME` ou `8BITMIME`, et des passerelles vers d'autres systèmes de messagerie qui ne peuvent pas transporter certains types de contenu.",
        "Envoyez le contenu sous une forme que tout le chemin peut transporter, par exemple avec des pièces jointes encodées en Base64 plutôt qu'en binaire brut, ou dans un format plus courant. Les administrateurs d'un serveur d'envoi doivent s'assurer qu'il convertit le contenu binaire ou 8 bits pour les serveurs qui ne le prennent pas en charge, ou qu'à défaut il le renvoie avec une erreur claire.",
    ],
    // X.6.2
    [
        "Conversion nécessaire mais interdite",
        "Le contenu devrait être converti pour que le système suivant puisse l'accepter, mais la conversion n'est pas autorisée. Soit l'expéditeur l'a interdite dans le message, soit la politique de l'hôte d'envoi l'interdit.",
        "Les relais et les passerelles le signalent dans les avis de non-remise si le saut suivant ne peut pas accepter le contenu tel quel et que le message lui-même ou la politique du site d'envoi exclut sa conversion.",
        "Envoyez le message sous une forme que la destination accepte sans conversion, par exemple avec des parties MIME encodées sur 7 bits, ou autorisez la conversion si votre logiciel de messagerie ou la politique de votre site le permet.",
    ],
    // X.6.3
    [
        "Conversion nécessaire mais non prise en charge",
        "Le contenu doit être converti pour que le saut suivant l'accepte, mais un hôte sur le chemin ne peut pas effectuer cette conversion ou ne la juge pas praticable. Cas classique : un message 8 bits qui doit passer en 7 bits pour le serveur suivant traverse un relais incapable de le convertir.",
        "Les relais l'indiquent dans les avis de non-remise si le serveur suivant ne prend pas en charge `8BITMIME` ou `BINARYMIME` et qu'ils ne peuvent pas réencoder le message. Les serveurs de soumission répondent `554 5.6.3` à `BURL` si le contenu récupéré est binaire ou a des en-têtes 8 bits qu'ils ne convertissent pas.",
        "Envoyez le message déjà encodé pour un transport 7 bits (parties du corps en quoted-printable ou en Base64, texte d'en-tête encodé) ; beaucoup de logiciels de messagerie savent le faire. Les administrateurs de relais peuvent activer la conversion de 8 bits vers 7 bits si leur logiciel la prend en charge.",
    ],
    // X.6.4
    [
        "Conversion avec perte effectuée",
        "Le contenu a dû être converti en route, et des données ont été perdues lors de la conversion. Sous la forme `2.6.4`, c'est un avertissement joint à une remise réussie ; sous la forme `5.6.4`, c'est un échec, car l'expéditeur avait interdit toute conversion avec perte.",
        "Les serveurs répondent `250 2.6.4` après une conversion avec perte, par exemple un serveur de soumission `BURL` qui a réencodé des en-têtes 8 bits et a dû deviner leur jeu de caractères. Les avis de non-remise portent `5.6.4` si la seule conversion possible entraînerait une perte de données et que l'expéditeur l'a interdite.",
        "Après `2.6.4`, le message est arrivé, mais vérifiez que le destinataire peut le lire ; pour éviter l'avertissement, envoyez un contenu avec des indications de jeu de caractères correctes et des en-têtes encodés. Après `5.6.4`, envoyez un contenu qui ne nécessite aucune conversion avec perte, ou autorisez une telle conversion.",
    ],
    // X.6.5
    [
        "Échec de la conversion",
        "Une conversion du contenu du message était nécessaire et a été tentée, mais elle n'a pas abouti. La RFC 3463 autorise une forme temporaire (`4.6.5`) et une forme permanente (`5.6.5`).",
        "Les relais, les passerelles et les serveurs qui transforment le contenu le signalent dans les avis de non-remise si la conversion échoue, par exemple sur un contenu mal formé. Selon les règles de conversion de contenu de la RFC 4141, toute conversion échouée arrête le traitement avec `5.6.5`.",
        "Pour `4.6.5`, une tentative ultérieure peut réussir. Pour `5.6.5`, recherchez dans le message des parties mal formées ou des indications de jeu de caractères erronées et renvoyez-le sous une forme plus simple, ou demandez à l'administrateur du système qui effectue la conversion de consulter ses journaux.",
    ],
    // X.6.6
    [
        "Contenu du message non disponible",
        "Le serveur devait récupérer le contenu du message sur un autre système, et cela a échoué. Ce code relève de l'extension `BURL`, dans laquelle un serveur de soumission récupère le message sur un serveur IMAP ; la RFC 4468 autorise une forme temporaire et une forme permanente.",
        "Les serveurs de soumission répondent `554 5.6.6` à une commande `BURL` si le serveur IMAP renvoie une erreur ou aucune donnée pour l'URL. Un échec de connexion au serveur IMAP est signalé autrement, par `451 4.4.1`.",
        "Vérifiez que l'URL pointe toujours vers un message existant et que le serveur de soumission est autorisé à le récupérer sur le serveur IMAP. C'est au logiciel de messagerie ou à l'administrateur des deux serveurs de corriger cela ; envoyer le message complet avec `DATA` ou `BDAT` évite le problème.",
    ],
    // X.6.7
    [
        "Adresses non ASCII interdites pour cet expéditeur ou ce destinataire",
        "Le serveur a refusé une adresse internationalisée, contenant des caractères hors ASCII comme des lettres accentuées ou des écritures non latines, car seules les adresses ASCII sont autorisées pour cet expéditeur ou ce destinataire.",
        "Les serveurs qui prennent en charge `SMTPUTF8` répondent `553` avec ce code à un `RCPT TO` dont le destinataire doit avoir une adresse ASCII, et `550` avec ce code à un `MAIL FROM` dont l'expéditeur doit avoir une adresse ASCII.",
        "Utilisez une adresse uniquement ASCII pour cette boîte aux lettres si son propriétaire en possède une. Sinon, l'administrateur de la boîte aux lettres refusée doit y activer les adresses internationalisées ; un nouvel envoi à l'identique échouera encore.",
    ],
    // X.6.8
    [
        "Réponse en UTF-8 requise, mais non autorisée par le client SMTP",
        "Le serveur avait besoin de texte UTF-8 dans sa réponse pour afficher un nom de boîte aux lettres, mais le client n'avait pas autorisé les réponses en UTF-8 ; le serveur n'a donc pas pu donner cette réponse. Ce code relève de l'extension `SMTPUTF8`.",
        "Les serveurs l'utilisent pour des commandes `VRFY` ou `EXPN` envoyées sans le paramètre `SMTPUTF8` si la réponse devait contenir une boîte aux lettres non ASCII ; la RFC 6531 exige alors le code de réponse `252` ou `550`.",
        "Répétez la commande `VRFY` ou `EXPN` avec le paramètre `SMTPUTF8` si le client prend en charge le courrier électronique internationalisé. Un client qui ne sait pas gérer les réponses en UTF-8 ne peut pas obtenir cette réponse ; aucun message n'est concerné.",
    ],
    // X.6.9
    [
        "Message à en-têtes UTF-8 impossible à transférer à un ou plusieurs destinataires ; le message doit être refusé",
        "Le message a des champs d'en-tête internationalisés (UTF-8), et au moins un destinataire ne peut pas accepter un tel message ; le serveur a donc refusé le message entier après en avoir reçu le contenu.",
        "Les serveurs l'envoient après le `.` final de `DATA`. La RFC 6531 indique `554` comme code de réponse pour ce cas, tandis que le registre indique `550` : attendez-vous à l'un ou l'autre. La RFC 6531 encourage les serveurs à détecter le problème plus tôt, dès `RCPT TO`.",
        "Envoyez le message aux destinataires concernés avec des en-têtes et des adresses uniquement ASCII, ou demandez à leurs administrateurs d'activer le courrier électronique internationalisé (`SMTPUTF8`). Les destinataires qui acceptent l'UTF-8 peuvent recevoir un message séparé.",
    ],
    // X.6.10
    [
        "Doublon obsolète de X.6.8",
        "Le registre ne conserve `X.6.10` que comme doublon obsolète de `X.6.8`, sans texte d'exemple ni code de réponse associé. Si un serveur l'envoie, lisez-le comme `X.6.8` : une réponse aurait nécessité du texte UTF-8 que le client n'avait pas autorisé.",
        "Il ne devrait pas apparaître dans les réponses actuelles. Un serveur qui l'envoie encore veut dire `X.6.8`, typiquement en réponse à une commande `VRFY` ou `EXPN` envoyée sans le paramètre `SMTPUTF8`.",
        "Traitez-le comme `X.6.8` : répétez la commande avec le paramètre `SMTPUTF8` si votre client le prend en charge. Les exploitants d'un serveur qui l'envoie devraient le remplacer par `X.6.8`.",
    ],
    // X.7.0
    [
        "Autre état de sécurité ou état non défini",
        "Une règle de sécurité ou de politique a bloqué la commande ou le message, et le serveur soit n'a pas de code plus précis, soit préfère ne pas en dire plus. Le texte qui suit le code est généralement le seul endroit où figure la véritable raison.",
        "La RFC 4954 l'associe à `454` pour un échec d'authentification temporaire côté serveur et à `530` lorsqu'une commande nécessite d'abord `AUTH`. Les serveurs qui exigent `STARTTLS` avant toute autre chose répondent aussi `530 5.7.0`, et certains l'utilisent pour des refus de politique qu'ils ne veulent pas expliquer.",
        "Après `530`, faites ce que le serveur demande : démarrez TLS avec `STARTTLS` ou authentifiez-vous avec `AUTH` avant `MAIL FROM`. Après `454`, ne ressaisissez pas le mot de passe : le serveur a eu une défaillance passagère, réessayez donc plus tard. Dans les autres cas, lisez le texte de la réponse et, s'il n'apporte rien d'utile, interrogez le postmaster du site destinataire.",
    ],
    // X.7.1
    [
        "Remise non autorisée, message refusé",
        "La politique du côté destinataire n'autorise pas cet expéditeur à écrire à ce destinataire ; le message a donc été refusé. Le blocage peut viser votre serveur ou votre adresse IP, votre adresse ou votre domaine, ou être un réglage propre au destinataire ; le contenu lui-même peut être tout à fait correct.",
        "Les serveurs l'envoient pour refuser de relayer pour des domaines qu'ils ne desservent pas, pour écarter des hôtes ou des expéditeurs bloqués par leurs filtres et, comme le recommande la RFC 7208, en cas d'échec de la vérification SPF. La RFC 7489 montre `550 5.7.1` comme réponse à un message refusé en vertu de la politique DMARC du domaine de l'expéditeur.",
        "Lisez le texte de la réponse pour connaître la règle appliquée. S'il est question de relais, authentifiez-vous auprès de votre propre serveur sortant au lieu d'envoyer via celui de quelqu'un d'autre. Pour SPF ou DMARC, l'administrateur de l'expéditeur doit corriger les enregistrements DNS du domaine (voir `X.7.23` et `X.7.26`) ; une liste de blocage nommée exige une demande de retrait, et seul le destinataire peut lever son propre blocage.",
    ],
    // X.7.2
    [
        "Expansion de liste de diffusion interdite",
        "L'adresse est une liste de diffusion, et vous n'êtes pas autorisé à y publier. La liste elle-même fonctionne ; ses règles n'acceptent simplement pas les messages de votre adresse.",
        "Les serveurs de listes et les serveurs de messagerie l'envoient pour des listes qui n'acceptent les messages que de leurs membres ou d'expéditeurs approuvés, ou qui n'en acceptent aucun. Il apparaît aussi lorsqu'un membre écrit depuis une autre adresse que celle qui est abonnée.",
        "Envoyez depuis l'adresse abonnée à la liste, ou demandez au propriétaire de la liste de vous autoriser à publier ou de transmettre votre message. Renvoyer le même message ne servira à rien tant que les règles de la liste ne changent pas.",
    ],
    // X.7.3
    [
        "Conversion de sécurité nécessaire mais impossible",
        "Pour remettre le message, sa protection de sécurité aurait dû être convertie d'un format de messagerie sécurisée à un autre, et le système sur le chemin n'a pas pu le faire. Le message est protégé sous une forme que la destination ne peut pas utiliser.",
        "Les passerelles entre différents systèmes de messagerie sécurisée l'envoient lorsqu'un message signé ou chiffré doit passer dans un système qui utilise un autre protocole de sécurité et qu'aucune conversion entre les deux n'est disponible.",
        "Protégez le message avec un format que le système du destinataire prend en charge, ou envoyez-le sans cette protection si votre politique le permet, et convenez d'un format commun avec le destinataire. L'exploitant de la passerelle peut indiquer quels formats elle sait convertir.",
    ],
    // X.7.4
    [
        "Fonctions de sécurité non prises en charge",
        "Le message ou la commande demandait une fonction de sécurité, par exemple un type d'authentification sécurisée, qui ne peut pas être fournie sur ce chemin de remise. La demande ne peut pas être exécutée telle quelle.",
        "Les serveurs l'envoient lorsqu'un client demande un mécanisme de sécurité qu'ils n'implémentent pas ; l'IANA l'associe à `504`, la réponse que prescrit la RFC 4954 pour un mécanisme `AUTH` que le serveur ne prend pas en charge. Les passerelles l'envoient lorsque le protocole suivant sur le chemin ne peut pas transporter les fonctions de sécurité du message.",
        "Vérifiez ce que le serveur prend en charge (sa réponse à `EHLO` liste les extensions et les mécanismes `AUTH`) et utilisez l'un d'eux, ou envoyez sans la fonction si votre politique le permet. Si vous avez vraiment besoin de la fonction, l'administrateur du côté destinataire doit en ajouter la prise en charge.",
    ],
    // X.7.5
    [
        "Échec cryptographique",
        "Un système autorisé à vérifier ou à déchiffrer le message en route n'a pas pu le faire, car une clé ou une autre information nécessaire manquait ou était invalide. Le problème vient des clés, et non d'une modification du message.",
        "Les vérificateurs de signatures et les passerelles de déchiffrement l'envoient lorsqu'ils ne peuvent pas obtenir une clé nécessaire ou que la clé trouvée est inutilisable. La RFC 6376 suggère `451 4.7.5` pour un vérificateur DKIM qui ne peut pas récupérer la clé publique parce que le serveur de clés ne répond pas.",
        "Avec `4.7.5`, laissez les nouvelles tentatives se dérouler : la source des clés peut redevenir disponible. Si cela persiste, l'administrateur de l'expéditeur doit vérifier que les clés de signature ou de chiffrement sont publiées et valides (pour DKIM, l'enregistrement de clé sous le sélecteur indiqué dans la signature), et le destinataire doit vérifier que les bonnes clés de déchiffrement sont installées.",
    ],
    // X.7.6
    [
        "Algorithme cryptographique non pris en charge",
        "Un système autorisé à vérifier ou à déchiffrer le message n'a pas pu le faire, car le message a été signé ou chiffré avec un algorithme qu'il ne prend pas en charge. Les clés sont peut-être correctes ; c'est l'algorithme qui fait obstacle.",
        "Les passerelles et les filtres qui vérifient les signatures ou déchiffrent le courrier l'envoient lorsqu'un message utilise un algorithme qu'ils n'implémentent pas, soit trop récent pour eux, soit abandonné.",
        "L'expéditeur doit signer ou chiffrer avec un algorithme largement pris en charge et accepté par le destinataire, au besoin après s'être accordé avec lui. Si le logiciel du destinataire est obsolète, son administrateur doit y ajouter la prise en charge de l'algorithme.",
    ],
    // X.7.7
    [
        "Échec du contrôle d'intégrité du message",
        "Un système autorisé à vérifier le message a constaté qu'il avait été endommagé ou modifié en route : sa signature ou un autre contrôle d'intégrité ne correspond plus. La RFC 3463 autorise ce code dans des rapports permanents, temporaires et même de succès.",
        "Les vérificateurs l'envoient lorsqu'un message signé ou protégé échoue à son contrôle d'intégrité, souvent parce qu'un serveur sur le chemin a réécrit des en-têtes ou ajouté du texte après la signature. La RFC 7372 désigne aussi `5.7.7` comme code générique pour les exploitants qui ne veulent pas révéler quelle vérification d'authentification a échoué.",
        "Trouvez ce qui modifie le message après sa signature : logiciels de listes de diffusion, services de transfert, passerelles de sécurité et outils d'ajout de pied de page ou de mention légale sont les suspects habituels. Signez en toute dernière étape avant que le message ne parte, ou empêchez la modification ; comparer la copie envoyée et la copie reçue montre ce qui a changé.",
    ],
    // X.7.8
    [
        "Identifiants d'authentification invalides",
        "L'authentification avec `AUTH` a échoué parce que le nom d'utilisateur, le mot de passe ou les autres identifiants étaient erronés ou insuffisants pour ce compte. Vous n'êtes pas authentifié, et tout ce qui exige une authentification sera refusé.",
        "Les serveurs de soumission répondent à un `AUTH` en échec par `535 5.7.8`, par exemple lorsque le logiciel de messagerie a encore un ancien mot de passe enregistré. L'ancienne spécification de `BURL` (RFC 4468) utilisait aussi `5.7.8` pour une relation de confiance manquante ; la RFC 5248 a transféré ce sens à `X.7.14`.",
        "Vérifiez le nom d'utilisateur et le mot de passe dans les réglages du serveur sortant (SMTP) du logiciel de messagerie et saisissez-les de nouveau. Certains fournisseurs attendent l'adresse électronique complète comme nom d'utilisateur, ou un mot de passe d'application distinct au lieu du mot de passe habituel.",
    ],
    // X.7.9
    [
        "Mécanisme d'authentification trop faible",
        "Le serveur n'accepte pas la méthode d'authentification choisie par le client pour cet utilisateur, car sa politique en exige une plus forte. Le mot de passe est peut-être tout à fait correct ; c'est la façon de le présenter qui n'est pas autorisée.",
        "Les serveurs répondent à `AUTH` par `534 5.7.9` lorsque le mécanisme choisi est plus faible que ce que leur politique permet pour ce compte, par exemple après un durcissement des règles d'authentification par le fournisseur. Yahoo envoie `554 5.7.9` dans un sens qui lui est propre : le message a été refusé en vertu de sa politique, le plus souvent parce qu'il a échoué à l'authentification ou à la politique DMARC du domaine de l'expéditeur.",
        "Choisissez une autre méthode d'authentification dans les réglages du serveur sortant du client, parmi les mécanismes que le serveur liste après `AUTH` dans sa réponse à `EHLO`, puis réessayez. Si aucun ne fonctionne, demandez au fournisseur quelle méthode d'authentification il exige.",
    ],
    // X.7.10
    [
        "Chiffrement nécessaire",
        "La connexion doit d'abord être chiffrée : le serveur n'autorise pas le mécanisme d'authentification choisi sur une connexion non protégée. La RFC 8689 réutilise `5.7.10` dans les avis de non-remise lorsqu'aucune session TLS n'a pu être établie pour un message qui l'exigeait. L'IANA l'associe à `523`, un code de réponse qu'aucune RFC ne définit.",
        "Les serveurs l'envoient surtout en réponse à `AUTH` avec un mécanisme à mot de passe en clair lorsque TLS n'est pas actif. Les serveurs relais mettent `5.7.10` dans les rapports d'échec de remise des messages `REQUIRETLS` lorsqu'ils n'ont pu ouvrir de session protégée avec aucun des serveurs de messagerie du destinataire.",
        "Activez le chiffrement pour le serveur sortant dans le client de messagerie (`STARTTLS` ou connexion TLS) avant de vous authentifier, ou choisissez un mécanisme plus fort. Pour un avis de non-remise `REQUIRETLS`, l'administrateur du destinataire doit proposer TLS avec un certificat valide, ou l'expéditeur doit décider de renvoyer le message sans cette exigence.",
    ],
    // X.7.11
    [
        "Chiffrement requis pour le mécanisme d'authentification demandé",
        "Le mécanisme d'authentification que vous avez choisi ne peut être utilisé que sur une connexion chiffrée, et celle-ci ne l'est pas. La RFC 4954 ne le conserve, avec la réponse `538`, que pour des raisons historiques ; l'IANA cite aussi `524`, qu'aucune RFC ne définit.",
        "D'anciens serveurs répondent à `AUTH` par `538 5.7.11` lorsqu'un client essaie un tel mécanisme sans TLS. Les serveurs actuels sont censés ne pas annoncer ces mécanismes tant que TLS n'est pas actif : un client qui n'utilise que les mécanismes annoncés ne devrait donc pas le rencontrer.",
        "Démarrez TLS avec `STARTTLS` (ou connectez-vous en TLS) avant `AUTH`, renvoyez `EHLO` et choisissez parmi les mécanismes proposés sur la connexion chiffrée. Si un serveur actuel l'envoie, le client utilise probablement un mécanisme que le serveur n'a jamais proposé.",
    ],
    // X.7.12
    [
        "Une transition de mot de passe est nécessaire",
        "Le serveur exige une première authentification avec le mécanisme `PLAIN` avant que le mécanisme choisi puisse fonctionner pour ce compte. Cette tentative `AUTH` est refusée, mais rien n'indique que le mot de passe soit erroné. La RFC 4954 l'utilise avec `432` ; l'IANA cite aussi `422`, qu'aucune RFC ne définit.",
        "Les serveurs envoient `432 4.7.12` en réponse à `AUTH` lorsqu'ils ne peuvent pas encore utiliser le mécanisme choisi pour le compte et ont besoin d'une authentification `PLAIN` pour le préparer en vue des sessions suivantes.",
        "Authentifiez-vous une fois avec `PLAIN` sur une connexion chiffrée, afin que le mot de passe soit protégé, puis revenez au mécanisme choisi lors des sessions suivantes. Si le client de messagerie ne permet pas de changer de mécanisme, demandez au fournisseur de terminer la transition de son côté.",
    ],
    // X.7.13
    [
        "Compte utilisateur désactivé",
        "L'authentification elle-même a réussi, mais le compte a été désactivé : il ne peut donc pas envoyer. Le compte reste bloqué jusqu'à ce qu'un administrateur le réactive. L'IANA associe ce code à `525`, un code de réponse qu'aucune RFC ne définit.",
        "Les fournisseurs l'envoient juste après un `AUTH` réussi pour un compte qu'ils ont désactivé, par exemple pour des factures impayées, des abus ou des signes de piratage.",
        "Inutile de ressaisir le mot de passe encore et encore ; ce n'est pas lui le problème. Le titulaire du compte doit contacter le fournisseur ou l'administrateur, savoir pourquoi le compte a été désactivé et le faire réactiver, par exemple après un paiement ou après la sécurisation d'un compte compromis.",
    ],
    // X.7.14
    [
        "Relation de confiance requise",
        "Le serveur de soumission devait récupérer le contenu du message sur un autre serveur, typiquement un serveur IMAP indiqué dans une commande `BURL`, et il n'a aucune relation de confiance configurée avec ce serveur. Sans elle, il ne peut pas récupérer le contenu.",
        "Les serveurs de soumission qui prennent en charge `BURL` l'envoient, par exemple sous la forme `554 5.7.14`, lorsque l'URL pointe vers un serveur auquel ils ne sont pas configurés pour faire confiance. La RFC 4468 utilisait d'abord `5.7.8` pour ce cas ; la RFC 5248 lui a attribué son propre code. Gmail répond à `AUTH` par `534 5.7.14` dans un sens qui lui est propre : il faut d'abord se connecter au compte depuis un navigateur web.",
        "Le client de messagerie ne doit utiliser `BURL` qu'avec les serveurs IMAP que le serveur de soumission annonce après l'authentification, ou bien envoyer le message complet avec `DATA` ou `BDAT`. Les administrateurs des deux serveurs peuvent établir la relation de confiance, par exemple en donnant au serveur de soumission ses propres identifiants sur le serveur IMAP.",
    ],
    // X.7.15
    [
        "Niveau de priorité trop bas",
        "Le serveur a refusé le message parce que sa priorité de transfert, indiquée avec `MT-PRIORITY` ou attribuée par le serveur, est inférieure à la priorité minimale qu'il accepte en ce moment. La limite peut être temporaire.",
        "Les serveurs de soumission qui prennent en charge l'extension `MT-PRIORITY` l'envoient, généralement avec `450` ou `550`, lorsque leur politique ne laisse passer que les messages de priorité plus élevée, par exemple pendant une période de fonctionnement restreint.",
        "Avec la forme `4.7.15`, laissez le client réessayer plus tard, lorsque les priorités plus basses seront de nouveau acceptées. Si le message est urgent et que vous avez le droit d'utiliser une priorité plus élevée, renvoyez-le avec une valeur `MT-PRIORITY` plus haute ; sinon, interrogez l'administrateur du serveur sur sa politique de priorités.",
    ],
    // X.7.16
    [
        "Message trop volumineux pour la priorité indiquée",
        "Le message dépasse la taille que le serveur autorise pour sa priorité de transfert, même s'il pourrait être accepté avec une autre priorité ou une taille plus petite. La RFC 4865 donnait autrefois un autre sens à ce numéro (un quota de remise différée), mais il n'a jamais été enregistré ; le sens retenu par l'IANA est celui-ci.",
        "Les serveurs dotés de l'extension `MT-PRIORITY` dont la politique fixe des limites de taille par priorité l'envoient, généralement avec `552`, soit dès `MAIL FROM` lorsque le client a aussi déclaré `SIZE`, soit après la réception des données du message.",
        "Réduisez la taille du message, par exemple en retirant des pièces jointes, ou envoyez-le avec une valeur `MT-PRIORITY` plus basse, ou demandez à l'administrateur du serveur les limites par priorité. Avec la forme `4.7.16`, la limite peut être temporaire, et une nouvelle tentative ultérieure peut réussir.",
    ],
    // X.7.17
    [
        "Le propriétaire de la boîte aux lettres a changé",
        "L'expéditeur a demandé, avec l'extension `RRVS` ou le champ d'en-tête `Require-Recipient-Valid-Since`, que le message ne soit remis que si la boîte aux lettres avait le même propriétaire depuis une date donnée, et le système destinataire sait qu'elle a changé de mains depuis. La RFC 4865 utilisait autrefois ce numéro pour un quota ; l'IANA l'a attribué à la RFC 7293.",
        "Les expéditeurs automatisés de courrier sensible utilisent `RRVS` pour éviter d'atteindre une personne qui a repris une adresse recyclée. Le serveur destinataire répond alors `550 5.7.17` à `RCPT TO`, ou après les données du message lorsque la date figurait dans le champ d'en-tête.",
        "L'expéditeur doit considérer que l'adresse n'appartient plus à la personne qu'il connaissait : cesser d'y écrire et demander à cette personne une adresse actuelle par un autre canal. Renvoyer le message sans la vérification de date pourrait le faire parvenir à un inconnu.",
    ],
    // X.7.18
    [
        "Le propriétaire du domaine a changé",
        "L'expéditeur a demandé une vérification de propriété avec `RRVS` ou le champ d'en-tête `Require-Recipient-Valid-Since`, et le système destinataire signale que le nom de domaine du destinataire a changé de propriétaire depuis la date indiquée. Le courrier envoyé à cette adresse peut désormais atteindre une personne sans rapport.",
        "Les systèmes destinataires qui prennent en charge `RRVS` l'envoient lorsqu'ils savent que le domaine a changé de propriétaire après la date fournie par l'expéditeur et choisissent de le révéler, plutôt que de répondre uniquement au sujet de la boîte aux lettres.",
        "L'expéditeur doit cesser d'utiliser l'adresse et confirmer une nouvelle adresse auprès du destinataire voulu par un autre canal. Il n'y a rien à corriger du côté destinataire.",
    ],
    // X.7.19
    [
        "Le test RRVS ne peut pas être effectué",
        "L'expéditeur a demandé une vérification de propriété `RRVS`, mais le système destinataire ne sait pas quand la boîte aux lettres a été créée ou réattribuée pour la dernière fois ; il refuse donc plutôt que de deviner. Cela ne dit rien de la validité actuelle de l'adresse.",
        "Les systèmes destinataires l'envoient lorsque ni la date de création de la boîte aux lettres ni un substitut raisonnable ne sont connus, par exemple après le passage d'un domaine à un nouveau propriétaire ou fournisseur sans l'historique de ses boîtes aux lettres.",
        "L'expéditeur doit trancher : renvoyer le message sans la protection `RRVS` si ce risque est acceptable, ou confirmer d'abord l'adresse auprès du destinataire par un autre canal. Répéter la même demande ne servira à rien.",
    ],
    // X.7.20
    [
        "Aucune signature DKIM valide trouvée",
        "Le système destinataire exige une signature DKIM valide, et le message n'en avait aucune : il n'était pas signé, ou toutes ses signatures ont échoué à la vérification. La RFC 6376 déconseille de refuser du courrier pour ce seul motif : il s'agit donc d'une politique locale stricte.",
        "Les systèmes destinataires qui exigent DKIM, par exemple en vertu d'un accord avec un partenaire qui s'est engagé à tout signer, l'envoient une fois les données du message reçues. Les signatures échouent lorsque la clé publique est absente du DNS ou ne correspond pas, ou lorsqu'un élément a modifié le message après sa signature.",
        "L'administrateur de l'expéditeur doit faire signer chaque message sortant avec DKIM par le serveur ou le fournisseur de messagerie, et publier la clé publique dans un enregistrement TXT à `<selector>._domainkey.<domain>`. Envoyez un message de test, vérifiez que son en-tête `Authentication-Results` indique un résultat DKIM positif (pass), et empêchez les pieds de page ou les passerelles de modifier le courrier après la signature.",
    ],
    // X.7.21
    [
        "Aucune signature DKIM acceptable trouvée",
        "Le message avait au moins une signature DKIM vérifiée, mais aucune ne satisfaisait aux exigences supplémentaires du système destinataire, comme les champs d'en-tête qui doivent être signés ou l'interdiction des signatures ne couvrant qu'une partie du corps. Une signature techniquement valide n'a pas suffi.",
        "Les systèmes destinataires appliquant des règles DKIM strictes l'envoient après réception des données du message, bien que la RFC 6376 déconseille de tels refus. Les déclencheurs typiques sont une signature qui omet des champs d'en-tête importants ou qui utilise une limite de longueur du corps (`l=`).",
        "L'administrateur de l'expéditeur doit signer avec des réglages acceptés par la plupart des destinataires : inclure `From`, `Subject`, `Date`, `To` et les autres champs d'en-tête essentiels, et signer tout le corps sans `l=`. Le texte de la réponse peut indiquer quelle exigence n'est pas remplie ; si le problème est le domaine de `From`, consultez `X.7.22`.",
    ],
    // X.7.22
    [
        "Aucune signature DKIM valide correspondant à l'auteur trouvée",
        "Le message avait des signatures DKIM valides, mais aucune n'avait été apposée par le domaine du champ d'en-tête `From`, c'est-à-dire l'adresse de l'auteur. Le système destinataire exige que le domaine signataire corresponde à celui de l'auteur ; c'est un cas particulier de `X.7.21`.",
        "Les systèmes destinataires l'envoient après réception des données du message, typiquement lorsqu'un service de messagerie a signé avec son propre domaine au lieu de celui du client. DMARC repose sur la même idée de correspondance (alignement) entre le domaine authentifié et le domaine de `From`.",
        "Faites en sorte que le domaine `d=` de la signature soit le domaine de `From`, ou, avec l'alignement souple (relaxed) de DMARC, un domaine de la même organisation. Pour un expéditeur tiers, comme un service de lettres d'information ou un CRM, configurez sa signature DKIM sur domaine personnalisé : publiez sous votre domaine la clé qu'il fournit, pour qu'il signe en votre nom.",
    ],
    // X.7.23
    [
        "Échec de la validation SPF",
        "La vérification SPF a donné le résultat « fail » : le domaine de `MAIL FROM` (ou le nom `HELO`) publie un enregistrement SPF qui n'autorise pas l'adresse IP d'où provient le message, et la politique du système destinataire refuse ce type de courrier. Ce code remplace `5.7.1` dans ce cas.",
        "Les systèmes destinataires l'envoient, souvent avant le transfert des données du message, lorsque l'enregistrement SPF du domaine d'envoi se termine par `-all` et que le serveur d'envoi n'y figure pas. Les causes fréquentes sont un nouveau service ou serveur de messagerie jamais ajouté à l'enregistrement, et le transfert, où un tiers renvoie le courrier depuis sa propre adresse IP. Gmail envoie aussi `421 4.7.23` dans un sens qui lui est propre : l'adresse IP d'envoi n'a pas d'enregistrement PTR, ou en a un qui ne correspond pas.",
        "L'administrateur de l'expéditeur doit lister chaque serveur sortant légitime dans l'enregistrement TXT SPF du domaine, avec des entrées `ip4:` et `ip6:` ou le mécanisme `include:` du fournisseur de messagerie, en conservant un seul enregistrement commençant par `v=spf1`. Si le transfert en est la cause, le service de transfert doit réécrire `MAIL FROM` avec son propre domaine, ou le destinataire peut exempter ce service des vérifications SPF.",
    ],
    // X.7.24
    [
        "Erreur de validation SPF",
        "Le système destinataire n'a pas pu mener à bien la vérification SPF à cause d'une erreur, ce qui est différent d'une vérification échouée. Une erreur temporaire, généralement un problème de résolution DNS, donne la forme `4.7.24` ; `5.7.24` signifie que l'enregistrement SPF du domaine est cassé et ne peut pas être interprété.",
        "Les systèmes destinataires l'envoient avec `451` lorsque les requêtes DNS concernant l'enregistrement expirent ou échouent, et avec `550` lorsque l'enregistrement contient une erreur de syntaxe, lorsque le domaine publie plus d'un enregistrement SPF ou lorsque l'évaluation nécessite plus de 10 termes générant des requêtes DNS, comme `include:`, `a` et `mx`.",
        "L'administrateur de l'expéditeur doit vérifier l'enregistrement SPF : un seul enregistrement TXT commençant par `v=spf1`, sans faute de frappe, et 10 recherches au plus, par exemple en remplaçant les termes `include:` imbriqués par des plages `ip4:` ou `ip6:`. Pour la forme temporaire, assurez-vous que les serveurs DNS du domaine répondent de façon fiable ; le DNS du destinataire peut aussi être en cause.",
    ],
    // X.7.25
    [
        "Échec de la validation du DNS inverse",
        "L'adresse IP du serveur d'envoi a échoué à la vérification du DNS inverse du système destinataire : elle n'a pas d'enregistrement PTR, ou le nom d'hôte de cet enregistrement ne renvoie pas à la même adresse IP. La politique du système destinataire refuse le courrier provenant de tels hôtes.",
        "Les systèmes destinataires l'envoient tôt dans la session aux serveurs dont l'adresse IP n'a pas d'enregistrement PTR, ou dont le nom PTR n'a pas d'enregistrement A ou AAAA correspondant. Les nouveaux serveurs dans le cloud et les connexions domestiques sont souvent dans ce cas au départ.",
        "L'administrateur de l'expéditeur doit demander à qui gère l'adresse IP (l'hébergeur ou le fournisseur d'accès) un enregistrement PTR indiquant le nom du serveur de messagerie, comme `mail.example.com`, et s'assurer que ce nom a un enregistrement A ou AAAA avec la même adresse. Utilisez le même nom dans `EHLO`.",
    ],
    // X.7.26
    [
        "Échec de plusieurs vérifications d'authentification",
        "Le message a échoué à plusieurs des vérifications d'authentification du système destinataire, comme SPF, DKIM, ARC ou le DNS inverse, et sa politique le refuse pour cette raison. Le code n'indique pas quelles vérifications ont échoué.",
        "La RFC 7372 demande aux serveurs de l'utiliser au lieu de ne signaler que le premier échec lorsque plusieurs vérifications échouent. Les cas typiques sont le courrier falsifié, les domaines sans SPF ni DKIM fonctionnels et le courrier transféré qui a cassé les deux ; un échec DMARC signifie aussi que ni SPF ni DKIM n'a réussi pour le domaine de `From`.",
        "L'administrateur de l'expéditeur doit corriger toutes les vérifications, pas une seule : l'enregistrement SPF doit lister tous les serveurs d'envoi, les messages doivent porter une signature DKIM du domaine de `From`, et l'adresse IP d'envoi doit avoir un DNS inverse cohérent. Un message de test envoyé à une boîte aux lettres que vous contrôlez affiche chaque résultat dans son en-tête `Authentication-Results`.",
    ],
    // X.7.27
    [
        "L'adresse de l'expéditeur a un MX nul",
        "Le domaine de l'adresse de l'expéditeur (dans `MAIL FROM` ou le champ d'en-tête `From`) publie un enregistrement MX nul, qui déclare qu'il n'accepte aucun courrier. Les réponses et les avis de non-remise ne pourraient jamais y être remis ; le système destinataire refuse donc le message.",
        "Les systèmes destinataires l'envoient pour du courrier provenant d'un domaine dont le seul enregistrement MX a la préférence 0 et la cible « . », typiquement un domaine qui n'envoie pas de courrier et qui est usurpé comme adresse de retour, ou un domaine d'envoi qui a publié un MX nul par erreur. Gmail envoie aussi `5.7.27` dans un sens qui lui est propre : le message a échoué à la vérification SPF.",
        "Si le domaine est censé envoyer du courrier, son administrateur doit supprimer le MX nul et publier de vrais enregistrements MX pointant vers des serveurs qui acceptent le courrier, y compris les avis de non-remise. Sinon, envoyez depuis une adresse d'un domaine qui peut recevoir du courrier.",
    ],
    // X.7.28
    [
        "Déferlement de courrier détecté",
        "Le système destinataire estime que le message fait partie d'un déferlement de messages abusifs similaires et le refuse. Le code provient d'un Internet-Draft, et non d'une RFC, et l'IANA ne lui associe aucun code de réponse : le champ ne contient qu'un point.",
        "Il a été enregistré pour des déferlements comme la masse de courriels de confirmation qui arrive lorsque des attaquants saisissent l'adresse d'une victime dans de nombreux formulaires d'inscription en ligne. Les systèmes destinataires qui détectent des rafales de messages similaires vers une même adresse peuvent l'envoyer.",
        "Si vous gérez un formulaire web qui envoie des courriels de confirmation, limitez la fréquence à laquelle une même adresse peut être inscrite, bloquez les soumissions automatisées et cessez d'écrire aux adresses qui ne confirment jamais. Si vous êtes un expéditeur ordinaire pris dans un déferlement, réessayez plus tard ou contactez le postmaster du destinataire.",
    ],
    // X.7.29
    [
        "Échec de la validation ARC",
        "Le message portait une chaîne ARC, dans laquelle les services de transfert et les listes de diffusion signent et consignent les résultats d'authentification qu'ils ont constatés, et la validation de cette chaîne a échoué. Une chaîne cassée compte comme une absence de chaîne. ARC est défini par une RFC expérimentale (RFC 8617).",
        "Les systèmes destinataires qui vérifient ARC peuvent l'envoyer lorsque le sceau ou la signature ARC d'un intermédiaire ne se vérifie pas, généralement en même temps qu'un échec SPF ou DKIM ; la RFC 8617 leur permet d'envoyer `5.7.26` à la place. Toute erreur ARC, même une panne DNS, compte comme permanente. Gmail envoie aussi `5.7.29` dans un sens qui lui est propre : le message n'a pas été transmis en TLS.",
        "Le service de transfert ou la liste de diffusion qui a ajouté les en-têtes ARC doit corriger sa configuration : publier sa clé de signature ARC dans le DNS, ne sceller qu'après ses propres modifications du message et conserver intacts les jeux ARC précédents. L'expéditeur d'origine peut atténuer le problème en faisant en sorte que SPF et DKIM réussissent par eux-mêmes (voir `X.7.26`).",
    ],
    // X.7.30
    [
        "Prise en charge de REQUIRETLS requise",
        "Le message a été envoyé avec `REQUIRETLS`, qui exige un transfert protégé à chaque saut, et aucun des serveurs vers lesquels il devait aller ensuite ne prend en charge `REQUIRETLS`. Le serveur qui le détenait ne l'a donc pas transmis et l'a renvoyé à l'expéditeur.",
        "Il apparaît dans les rapports d'échec de remise : un serveur relais a joint les serveurs de messagerie du destinataire en TLS, mais aucun n'a annoncé `REQUIRETLS` après `STARTTLS`. Si TLS lui-même n'a pas pu être établi, le rapport utilise `5.7.10` à la place. Gmail envoie aussi `5.7.30` dans un sens qui lui est propre : le message a échoué à la vérification DKIM.",
        "L'administrateur du destinataire doit disposer de serveurs de messagerie qui prennent en charge `REQUIRETLS`, avec des certificats valides et des enregistrements MX protégés par DNSSEC ou MTA-STS. Sinon, l'expéditeur doit décider si le message peut circuler sans cette garantie et le renvoyer sans `REQUIRETLS`, ou utiliser un autre canal.",
    ],
    // 2.XXX.XXX
    [
        "Succès",
        "Un premier chiffre 2 signifie que l'action a réussi : l'adresse ou le message a été accepté, relayé ou remis. Les deux autres nombres peuvent apporter des précisions, par exemple sur une modification apportée au message en route.",
        "Les serveurs qui utilisent les codes d'état étendus le placent dans leurs réponses positives, comme `250` et `251`, et les rapports de remise l'utilisent pour confirmer qu'un message a été remis ou transmis.",
        "Rien à corriger. Un code de succès peut tout de même signaler une modification, par exemple une nouvelle priorité ou un format converti : lisez donc le reste du code si le résultat vous surprend.",
    ],
    // 4.XXX.XXX
    [
        "Échec transitoire persistant",
        "Un premier chiffre 4 signifie un échec temporaire : le message lui-même est acceptable, mais une condition en route l'a retardé ou, si elle a duré assez longtemps, a fait abandonner l'expéditeur. Un nouvel envoi plus tard peut réussir.",
        "Il accompagne les codes de réponse commençant par 4, comme `421`, `450` et `451`, et figure dans les avis de retard ainsi que dans les avis de non-remise envoyés après que le serveur d'envoi a cessé de réessayer.",
        "En général, rien : le serveur d'envoi garde le message et réessaie de lui-même. Si un avis de non-remise indique qu'il a abandonné, lisez les chiffres de sujet et de détail pour connaître la raison, corrigez-la si elle se situe de votre côté, et renvoyez le message.",
    ],
    // 5.XXX.XXX
    [
        "Échec permanent",
        "Un premier chiffre 5 signifie un échec permanent : renvoyer le même message sans modification ne réussira pas. Quelque chose dans le message, l'adresse ou la destination doit d'abord changer.",
        "Il accompagne les codes de réponse commençant par 5, comme `550` et `554`, et figure dans les avis de non-remise une fois la remise abandonnée.",
        "Ne vous contentez pas de renvoyer le message. Lisez les chiffres de sujet et de détail ainsi que le texte pour savoir ce qui doit changer, comme l'adresse, la taille du message ou la configuration de l'expéditeur, et ne renvoyez le message qu'une fois ce point corrigé.",
    ],
    // X.0.XXX
    [
        "Autre état ou état non défini",
        "Un sujet 0 ne dit rien de l'endroit où se situe le problème. Seul le premier chiffre, qui distingue succès, échec temporaire et échec permanent, porte une information.",
        "Les serveurs et les rapports de remise l'utilisent lorsqu'ils ne peuvent pas ou ne veulent pas classer le résultat, le plus souvent sous les formes `2.0.0`, `4.0.0` et `5.0.0`.",
        "Fiez-vous au code de réponse et au texte qui suit le code. Si le texte n'explique pas le problème, adressez-vous à l'administrateur du serveur qui l'a produit.",
    ],
    // X.1.XXX
    [
        "État de l'adressage",
        "Un sujet 1 désigne une adresse, celle de l'expéditeur ou d'un destinataire : sa syntaxe ou son existence. La RFC 3463 note que l'expéditeur peut généralement corriger ces problèmes et réessayer.",
        "On le rencontre surtout en réponse à `MAIL FROM` et `RCPT TO`, et dans les avis de non-remise concernant des adresses inconnues, déplacées ou mal formées.",
        "Vérifiez que l'adresse citée dans l'erreur ne contient pas de faute de frappe et confirmez-la auprès de son titulaire, puis renvoyez le message à l'adresse corrigée.",
    ],
    // X.2.XXX
    [
        "État de la boîte aux lettres",
        "Un sujet 2 désigne la boîte aux lettres du destinataire : elle existe, mais son état, par exemple pleine ou désactivée, a bloqué le message. Ces problèmes relèvent du destinataire.",
        "Il apparaît en réponse à `RCPT TO` ou à la fin des données du message, et dans les avis de non-remise émis lors de l'étape finale de remise.",
        "Prévenez le destinataire par un autre canal ; seuls lui ou son administrateur de messagerie peuvent libérer de l'espace, réactiver la boîte aux lettres ou modifier ses limites.",
    ],
    // X.3.XXX
    [
        "État du système de messagerie",
        "Un sujet 3 désigne le système de messagerie de destination dans son ensemble : son stockage, sa disponibilité, ses limites de taille, ses fonctions ou sa configuration. Son administrateur en est responsable.",
        "Il apparaît dans les réponses de serveurs destinataires pleins, indisponibles, mal configurés ou limités en taille de message ou en fonctions, et dans les avis de non-remise qui signalent ces problèmes.",
        "Les formes temporaires disparaissent généralement lorsque le serveur d'envoi réessaie. Pour les formes permanentes, adaptez le message, par exemple sa taille, ou demandez à l'administrateur de la destination de corriger le système.",
    ],
    // X.4.XXX
    [
        "État du réseau et du routage",
        "Un sujet 4 désigne le chemin de remise : les connexions réseau, le DNS et les autres services de routage entre les systèmes. Ces problèmes relèvent généralement des administrateurs de la destination ou d'un système intermédiaire.",
        "Il apparaît dans les avis de retard et de non-remise lorsque le serveur d'envoi ne peut pas joindre la destination ni trouver de route vers elle, par exemple après des délais dépassés, des échecs DNS, des boucles de routage ou l'expiration du délai de remise.",
        "Les erreurs réseau temporaires disparaissent généralement lors d'une nouvelle tentative. Si elles persistent, vérifiez les enregistrements DNS et MX du domaine de destination et la connectivité des serveurs concernés, ou signalez le problème à l'administrateur de la destination.",
    ],
    // X.5.XXX
    [
        "État du protocole de remise du courrier",
        "Un sujet 5 désigne l'échange SMTP lui-même : commandes, syntaxe, arguments ou versions de protocole sur lesquels les deux côtés ne s'accordent pas, que la cause soit un logiciel défectueux ou une connexion peu fiable.",
        "Il apparaît en réponse à des commandes mal formées, inconnues ou envoyées dans le mauvais ordre, et dans les avis de non-remise après l'échec d'un échange entre deux serveurs.",
        "Il s'agit généralement d'un problème du logiciel d'envoi ou de ses réglages : vérifiez la commande et ses arguments, et mettez à jour ou corrigez le client. Si la connexion n'était pas fiable, réessayez.",
    ],
    // X.6.XXX
    [
        "État du contenu ou du média du message",
        "Un sujet 6 désigne le contenu du message : un format, un encodage ou un type de média qui n'a pas pu être transporté ou converti. L'expéditeur et le destinataire doivent prendre en charge un ensemble commun de types de contenu pour que le message passe.",
        "Il apparaît après les données du message, et dans les avis de non-remise de passerelles et de serveurs qui ne peuvent pas traiter ou convertir une partie d'un message, y compris des adresses ou des en-têtes contenant des caractères non ASCII.",
        "Envoyez le contenu sous une forme plus largement prise en charge, par exemple un type de pièce jointe courant ou une adresse en ASCII simple, ou demandez au côté destinataire de prendre en charge le format.",
    ],
    // X.7.XXX
    [
        "État de la sécurité ou de la politique",
        "Un sujet 7 désigne la sécurité ou la politique : règles de filtrage des expéditeurs, des destinataires ou des hôtes, authentification, chiffrement et vérifications comme SPF, DKIM et DMARC. Les règles de l'un ou l'autre côté peuvent être en cause.",
        "Il apparaît en réponse à presque n'importe quelle commande lorsqu'un serveur refuse du courrier par politique, exige une authentification ou le chiffrement, ou constate l'échec d'une vérification de l'expéditeur, ainsi que dans les avis de non-remise qui en découlent.",
        "Lisez le texte pour savoir quelle règle a été appliquée. Les expéditeurs règlent souvent ces problèmes en s'authentifiant, en utilisant le chiffrement, en corrigeant les enregistrements SPF, DKIM ou DMARC, ou en faisant retirer leur adresse d'une liste de blocage ; une politique du côté destinataire ne peut être modifiée que par son administrateur.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Résumé",
    // label.description
    "Explication",
    // label.when_seen
    "Quand le rencontre-t-on ?",
    // label.how_to_fix
    "Comment corriger",
    // label.key_differences
    "Principales différences",
    // label.when_to_use
    "Lequel utiliser, et quand",
    // label.learn_more
    "En savoir plus",
    // label.class
    "Classe",
    // label.category
    "Catégorie",
    // label.subject
    "Sujet",
    // label.status
    "Statut",
    // label.retry
    "Ce que le client doit faire",
    // label.fix_by
    "Qui doit agir",
    // label.commands
    "Renvoyé en réponse à",
    // label.connection
    "Ce que devient la connexion",
    // connection.closes
    "Le serveur la ferme",
    // connection.stays_open
    "Elle reste ouverte",
    // label.references
    "Références",
    // label.related
    "Codes liés",
    // label.compare_with
    "Souvent confondu avec",
    // label.server_text
    "Ce qu'a répondu le serveur",
    // label.problems
    "Problèmes dans cette réponse",
    // label.reply_code
    "Code de réponse",
    // label.enhanced_code
    "Code d'état étendu",
    // class.2.name
    "Réponse positive définitive",
    // class.3.name
    "Réponse positive intermédiaire",
    // class.4.name
    "Réponse négative temporaire",
    // class.5.name
    "Réponse négative permanente",
    // class.2.phrase
    "une réponse positive définitive (2xx)",
    // class.3.phrase
    "une réponse positive intermédiaire (3xx)",
    // class.4.phrase
    "une réponse négative temporaire (4xx)",
    // class.5.phrase
    "une réponse négative permanente (5xx)",
    // category.0
    "Syntaxe",
    // category.1
    "Informations",
    // category.2
    "Connexions",
    // category.3
    "Non spécifiée",
    // category.4
    "Non spécifiée",
    // category.5
    "Système de messagerie",
    // category.other
    "Hors des catégories normalisées",
    // status.standard
    "Normalisé",
    // status.extension
    "Défini par une extension SMTP",
    // status.obsolete
    "Obsolète",
    // status.experimental
    "Expérimental",
    // status.non_standard
    "Non normalisé",
    // retry.nothing_to_do
    "Rien à faire. La commande a réussi.",
    // retry.continue
    "Poursuivez. Le serveur attend la suite de l'échange.",
    // retry.later
    "Réessayez plus tard. Le problème est temporaire, et un serveur de messagerie réessaie de lui-même.",
    // retry.not_unchanged
    "Ne réessayez pas à l'identique. Quelque chose doit changer avant que la même tentative puisse aboutir.",
    // party.sending_client
    "Client d'envoi",
    // party.sender_admin
    "Administrateur côté expéditeur",
    // party.recipient_admin
    "Administrateur côté destinataire",
    // party.server_admin
    "Administrateur du serveur qui a répondu",
    // party.nobody
    "Personne",
    // party.sender
    "Expéditeur du message",
    // party.recipient
    "Destinataire du message",
    // command.connect
    "À la connexion (en guise d'accueil)",
    // command.data_end
    "Fin des données du message",
    // command.any
    "N'importe quelle commande",
    // list.separator
    ", ",
    // list.last_separator
    " et ",
    // label.separator
    " : ",
    // show.title
    "SMTP {code} : {title}",
    // show.is_class
    "{code} est {class}.",
    // show.enhanced_class
    "Avec la classe {digit}, il se lit comme {class}.",
    // show.enhanced_kind
    "{code} est un code d'état étendu : il suit le code de réponse et indique le sujet ({subject}) et le détail.",
    // show.non_standard
    "{code} n'est défini par aucune RFC. Les sources ci-dessous indiquent qui l'utilise.",
    // compare.title
    "SMTP {a} {a_title} face à {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) est {a_class}, tandis que {b} ({b_title}) est {b_class}.",
    // compare.same_class
    "{a} ({a_title}) et {b} ({b_title}) appartiennent à la même classe : {class}.",
    // compare.kinds
    "{a} est un code de réponse de base, les trois chiffres qui commencent chaque ligne de réponse ; {b} est un code d'état étendu, que les serveurs qui le prennent en charge écrivent après le code de réponse.",
    // compare.same_code
    "{a} et {b} sont le même code.",
    // compare.same_detail
    "{a} et {b} signalent la même situation, {generic} ({title}) ; seule la classe diffère, et avec elle ce que fait le client.",
    // compare.advice
    "Après {code} : {retry}",
    // diff.class
    "Classe : {a} est {a_class} ; {b} est {b_class}.",
    // diff.retry
    "Ce que le client doit faire. Après {a} : {a_retry} Après {b} : {b_retry}",
    // diff.category
    "Catégorie (deuxième chiffre) : {a_category} pour {a}, {b_category} pour {b}.",
    // diff.subject
    "Sujet : {a_subject} pour {a}, {b_subject} pour {b}.",
    // diff.fix_by
    "Qui doit agir : {a_fix_by} pour {a} ; {b_fix_by} pour {b}.",
    // diff.commands
    "Commandes — {a} : {a_commands} ; {b} : {b_commands}.",
    // diff.commands_one
    "Commandes : seul {a} est lié à des commandes précises ({commands}).",
    // diff.associated
    "Le registre de l'IANA cite {reply} parmi les codes de réponse utilisés avec {enhanced}.",
    // diff.related
    "Le catalogue indique {a} et {b} comme codes liés.",
    // diff.status
    "Statut : {a_status} pour {a}, {b_status} pour {b}.",
    // use.class.2
    "Un serveur répond {code} pour confirmer que la commande a réussi.",
    // use.class.3
    "Un serveur répond {code} pour demander au client de passer à l'étape suivante.",
    // use.class.4
    "Un serveur répond {code} lorsque le problème peut se résoudre de lui-même, afin que le client réessaie plus tard.",
    // use.class.5
    "Un serveur répond {code} lorsque la même tentative ne peut aboutir qu'une fois que quelqu'un a changé quelque chose.",
    // use.same_class
    "Les deux codes appartiennent à la même classe : un client y réagit donc de la même façon ; ce qui diffère, c'est la cause, et donc la correction.",
    // use.kinds
    "Un client agit selon le code de réponse {reply} ; le code étendu {enhanced} indique plus précisément aux personnes ce qui n'a pas fonctionné.",
    // learn.page
    "{code} {title}",
    // explain.title
    "Ce que signifie la réponse {code}",
    // explain.no_code
    "Ce texte ne commence pas par un code de réponse SMTP : il est donc impossible de l'expliquer.",
    // explain.unknown
    "{code} ne figure pas dans le catalogue ; sa classe indique tout de même la marche à suivre.",
    // problem.mismatch
    "Le code étendu {enhanced} appartient à la classe {enhanced_digit}, mais le code de réponse {code} appartient à la classe {digit}. Les clients se fient au code de réponse.",
    // problem.mixed_codes
    "Les lignes de cette réponse ne portent pas toutes le même code ({codes}).",
    // problem.line_too_long
    "La ligne {line} dépasse les {limit} caractères autorisés par SMTP.",
    // problem.not_text
    "La ligne {line} contient des octets qui ne sont pas du texte.",
    // problem.truncated
    "La réponse a été tronquée : seules les {limit} premières lignes ont été lues.",
    // label.what_happened
    "Ce qui s'est passé",
    // label.what_to_do
    "Que faire",
    // label.tell_the_sender
    "Ce qu'il faut dire à l'expéditeur",
    // label.evidence
    "Ce qui nous l'indique",
    // evidence.text
    "les termes mêmes du serveur {quote}",
    // evidence.enhanced_code
    "le code d'état étendu {code}",
    // evidence.reply_code
    "le code de réponse {code}",
    // explain.reason_disagrees
    "À elle seule, cette raison signifierait : {reason_retry} Mais c'est le code {code} qui l'emporte : {code_retry}",
    // site.title
    "Codes de réponse SMTP",
    // site.intro
    "La signification de chaque code de réponse SMTP et de chaque code d'état étendu, les situations où on le rencontre et la façon de corriger le problème.",
    // site.reply_codes
    "Codes de réponse",
    // site.enhanced_codes
    "Codes d'état étendus",
    // site.comparisons
    "Comparaisons",
    // site.class_heading
    "{digit}xx : {class}",
    // site.subject_heading
    "X.{digit}.x : {subject}",
    // site.home
    "Tous les codes",
    // site.languages
    "Autres langues",
    // site.search
    "Rechercher des codes, des titres et des mots",
    // site.choose_language
    "Choisissez une langue",
    // site.generated
    "Généré par smtp-codes à partir de la version {version} du catalogue.",
    // label.provider
    "Fournisseur",
    // label.provider_note
    "Ce qu'ajoute la documentation du fournisseur",
    // evidence.vendor_code
    "le code propre à {provider}, {code}",
    // show.vendor_code
    "{code} ne figure pas dans le registre de l'IANA : c'est un code propre à {provider}.",
    // label.defined_by
    "Défini par",
    // label.read_on
    "source consultée le {date}",
    // site.providers
    "Fournisseurs",
    // provider.markers
    "Mots qui permettent de reconnaître ses réponses",
    // provider.hosts
    "Noms d'hôte de ses serveurs",
    // provider.vendor_codes
    "Ses propres codes",
    // provider.rules
    "Ce que signifient ses réponses",
    // provider.reused_by
    "Fournisseurs qui donnent à ce code un sens qui leur est propre",
    // logs.title
    "Résumé du journal de messagerie",
    // logs.lines
    "Lignes lues",
    // logs.attempts
    "Tentatives de remise",
    // logs.skipped
    "Lignes sans tentative de remise",
    // logs.sent
    "Remis",
    // logs.deferred
    "Différés",
    // logs.bounced
    "Rejetés",
    // logs.expired
    "Expirés",
    // logs.recovered
    "Différés, puis remis",
    // logs.by_reason
    "Échecs par cause",
    // logs.count
    "Tentatives",
    // logs.domains
    "Domaines destinataires",
    // logs.examples
    "Exemples",
    // logs.by_hour
    "Échecs par heure",
    // logs.untimed
    "Échecs sans horodatage (absents du graphique)",
    // logs.axis_time
    "Heure, selon le journal",
    // logs.hours_per_bar
    "Heures par barre",
    // logs.axis_failures
    "Échecs",
    // logs.top_domains
    "Domaines destinataires aux échecs les plus nombreux",
    // logs.top_providers
    "Fournisseurs aux échecs les plus nombreux",
    // logs.by_code
    "Échecs par code",
    // logs.code_axis
    "Code de réponse (ou code d'état étendu)",
    // logs.reasons
    "Ce que signifie chaque cause",
    // logs.shown
    "{shown} affichés sur {total}",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "L'adresse du destinataire n'existe pas",
        "Le serveur destinataire n'a aucune boîte aux lettres pour l'adresse indiquée dans `RCPT TO`, le plus souvent à cause d'une faute de frappe ou d'un compte supprimé. Les serveurs le signalent par `550` et `5.1.1`, mais un `550` seul sert aussi à bien d'autres refus : c'est alors le texte de la réponse qui tranche.",
        "Vérifiez que l'adresse ne comporte pas de faute de frappe, surtout dans la partie qui précède le `@`, et demandez la bonne adresse au destinataire par un autre moyen. Retirez des listes de diffusion les adresses qui échouent à répétition. Si l'adresse devrait exister, l'administrateur du destinataire doit créer la boîte aux lettres ou corriger l'alias ou la table de routage.",
        "Cette adresse n'existe pas. Vérifiez qu'elle ne comporte pas de faute de frappe, puis renvoyez le message.",
    ],
    // mailbox_disabled
    [
        "Boîte aux lettres du destinataire désactivée ou déplacée",
        "Le serveur destinataire connaît l'adresse, mais sa boîte aux lettres ne reçoit pas de courrier : elle a été désactivée, suspendue, fermée pour inactivité ou déplacée ailleurs. Les serveurs l'indiquent par `5.2.1`, par `5.1.6` ou `551` pour une boîte déplacée, ou par un `550` générique dont le texte donne l'explication.",
        "Seul le destinataire ou son administrateur peut réactiver la boîte aux lettres. L'expéditeur doit joindre le destinataire par un autre moyen pour savoir si la boîte sera rétablie ou quelle nouvelle adresse utiliser, puis mettre à jour ses carnets d'adresses et ses listes en conséquence.",
        "La boîte mail du destinataire est fermée ou n'est plus utilisée. Contactez cette personne par un autre moyen pour obtenir une adresse à jour.",
    ],
    // mailbox_full
    [
        "Boîte aux lettres du destinataire pleine",
        "La boîte aux lettres du destinataire a épuisé son quota de stockage : plus rien n'y entre tant que des messages n'ont pas été supprimés ou que le quota n'a pas été augmenté. Les serveurs le signalent par `4.2.2` avec un `450` ou un `452` temporaire, ou par un `552` permanent avec `5.2.2` ; les autres destinataires du même serveur ne sont pas concernés.",
        "Le destinataire doit supprimer ou archiver des messages, ou son administrateur augmenter le quota. Après une réponse temporaire, le serveur d'envoi réessaie de lui-même ; après une réponse permanente, l'expéditeur doit renvoyer le message une fois que la boîte a de nouveau de la place. Prévenir le destinataire par un autre moyen aide souvent.",
        "La boîte mail du destinataire est pleine. Réessayez plus tard, ou prévenez cette personne par un autre moyen qu'elle doit faire de la place.",
    ],
    // domain_not_found
    [
        "Le domaine du destinataire n'existe pas ou ne reçoit pas de courrier",
        "La partie de l'adresse qui suit le `@` désigne un domaine qui n'existe pas dans le DNS, qui n'a ni enregistrement MX ni enregistrement d'adresse, ou qui publie un MX nul indiquant qu'il n'accepte aucun courrier. Les serveurs le signalent par `5.1.2`, ou par `556` et `5.1.10` pour un MX nul ; un échec temporaire de la résolution (`4.4.3`) est un autre problème.",
        "Vérifiez que le domaine ne comporte pas de faute de frappe (une terminaison erronée comme `.con` est fréquente) et demandez au destinataire une adresse qui fonctionne. Si le domaine doit recevoir du courrier, son administrateur doit l'enregistrer si nécessaire, publier des enregistrements MX pointant vers un serveur de messagerie en service et supprimer tout MX nul.",
        "La partie de l'adresse qui suit le signe @ est erronée ou ne peut pas recevoir de messages. Vérifiez que l'adresse ne comporte pas de faute de frappe, puis renvoyez le message.",
    ],
    // relay_denied
    [
        "Relais refusé",
        "Le serveur n'est pas responsable du domaine du destinataire et refuse de transmettre le message pour vous, généralement parce que vous ne vous êtes pas authentifié ou que vous passez par le mauvais serveur. Ce refus arrive souvent sous la forme `550` ou `554` avec `5.7.1`, des codes que partagent d'autres refus de politique : c'est donc le texte qui tranche.",
        "Un logiciel de messagerie ou une application doit envoyer par le serveur de soumission de son propre fournisseur (port `587` ou `465`) et s'authentifier d'abord avec `AUTH`. Si le serveur devrait accepter le domaine du destinataire, l'administrateur du destinataire doit ajouter ce domaine aux domaines acceptés par le serveur ou corriger les enregistrements MX du domaine.",
        "Le système de messagerie a refusé de transmettre votre message, le plus souvent parce que votre logiciel de messagerie ne s'identifie pas auprès de votre serveur d'envoi. Vérifiez les paramètres du compte et réessayez.",
    ],
    // too_many_recipients
    [
        "Trop de destinataires",
        "Le message compte plus de destinataires que le serveur n'en accepte dans une transaction. Les serveurs refusent les commandes `RCPT TO` en trop par `452` et `4.5.3`, ou définitivement par `5.5.3` ; d'anciens serveurs envoient `552`, que la RFC 5321 demande de traiter dans ce cas comme une erreur temporaire.",
        "Un client conforme remet le message aux destinataires déjà acceptés et envoie les destinataires refusés dans une nouvelle transaction. Si une personne reçoit cette erreur dans un avis de non-remise, elle doit répartir les destinataires en groupes plus petits ou utiliser une liste de diffusion. Les administrateurs peuvent vérifier les limites de destinataires configurées sur le serveur.",
        "Le message comptait trop de destinataires pour la messagerie qui le reçoit. Envoyez-le à moins de personnes à la fois.",
    ],
    // sender_rejected
    [
        "Adresse de l'expéditeur refusée",
        "Le serveur a refusé l'adresse d'expéditeur de l'enveloppe elle-même, celle donnée dans `MAIL FROM` : elle est mal formée, son domaine n'existe pas ou ne peut pas recevoir de réponses, ou cet expéditeur n'a pas le droit de l'utiliser. Les codes typiques sont `553`, `501` avec `5.1.7`, `550` avec `5.1.8`, et `5.7.27` pour un domaine d'expéditeur doté d'un MX nul.",
        "Indiquez une adresse d'expéditeur complète et réelle dans le programme, l'appareil ou le script qui envoie, et n'utilisez pas de domaine factice. Si le serveur indique que vous n'avez pas le droit d'envoyer avec cette adresse, utilisez celle du compte qui a servi à l'authentification. L'administrateur de l'expéditeur doit s'assurer que le domaine existe et peut recevoir du courrier, y compris les avis de non-remise.",
        "L'adresse depuis laquelle vous envoyez a été refusée. Vérifiez l'adresse d'expéditeur dans les paramètres de votre compte, ou demandez de l'aide au responsable de votre messagerie.",
    ],
    // sender_auth_fail
    [
        "Échec de l'authentification de l'expéditeur (SPF ou DKIM)",
        "Le système destinataire a vérifié si le domaine d'envoi autorise ce message, et la vérification SPF ou DKIM n'a pas réussi. Des codes dédiés existent (`5.7.23` et `5.7.24` pour SPF, `5.7.20` à `5.7.22` pour DKIM, `5.7.26` pour plusieurs échecs), mais beaucoup de serveurs envoient `550 5.7.1`, que la RFC 7208 suggère en cas d'échec SPF.",
        "L'administrateur de l'expéditeur doit lister chaque serveur d'envoi légitime dans l'enregistrement SPF du domaine et faire signer tout le courrier sortant avec DKIM, la clé publique étant publiée dans le DNS. Un message de test envoyé à une boîte aux lettres que vous contrôlez affiche les résultats dans son en-tête `Authentication-Results`. Le transfert casse SPF : le service qui transfère doit réécrire `MAIL FROM`.",
        "La messagerie du destinataire n'a pas pu confirmer que le message provenait bien de votre domaine de messagerie. Le responsable de votre messagerie doit corriger les réglages de ce domaine.",
    ],
    // dmarc_fail
    [
        "Échec de la vérification de la politique DMARC",
        "Le domaine de l'en-tête `From` publie une politique DMARC qui demande aux destinataires de refuser le courrier en échec, et ni SPF ni DKIM n'a réussi pour un domaine aligné sur lui. La RFC 7489 donne `550 5.7.1` comme exemple de réponse ; `5.7.26` se rencontre aussi, et seul le texte montre qu'il s'agissait de DMARC.",
        "L'administrateur de l'expéditeur doit faire en sorte que chaque source de courrier du domaine réussisse SPF ou DKIM avec un domaine aligné : signer avec un domaine `d=` identique au domaine de `From` ou partageant son domaine organisationnel, et configurer les services d'envoi de lettres d'information et les outils de gestion de tickets pour qu'ils signent en son nom. Les rapports agrégés DMARC montrent quelles sources échouent. Les listes de diffusion qui modifient les messages cassent DKIM.",
        "La messagerie du destinataire a refusé le message, car elle n'a pas pu confirmer qu'il provenait bien de votre domaine de messagerie. Le responsable de votre messagerie doit corriger les réglages de ce domaine.",
    ],
    // auth_required
    [
        "Authentification requise avant l'envoi",
        "Le serveur n'accepte le courrier que des clients authentifiés, et ce client a envoyé `MAIL FROM` ou `RCPT TO` sans `AUTH` réussi. La RFC 4954 prévoit `530` avec `5.7.0` dans ce cas ; certains serveurs répondent plutôt par un refus de relais.",
        "Dans le logiciel de messagerie ou l'application, activez l'authentification pour le serveur sortant, avec le nom d'utilisateur et le mot de passe du compte. Utilisez le port de soumission (`587` avec `STARTTLS`, ou `465`) et envoyez `AUTH` après `EHLO` et avant `MAIL FROM` ; la réponse à `EHLO` liste les mécanismes que propose le serveur.",
        "Votre logiciel de messagerie doit s'identifier auprès de votre serveur d'envoi avant de pouvoir envoyer des messages. Activez l'authentification pour le courrier sortant dans les paramètres du compte.",
    ],
    // auth_failed
    [
        "Authentification refusée",
        "Le client a tenté de s'authentifier avec `AUTH`, et le serveur a refusé : le nom d'utilisateur ou le mot de passe est erroné, le mécanisme n'est pas autorisé, ou le compte n'a pas le droit de s'authentifier. Les réponses typiques sont `535` avec `5.7.8`, `534` avec `5.7.9` et `504` pour un mécanisme inconnu ; `454` signale un échec temporaire du côté du serveur.",
        "Saisissez de nouveau le nom d'utilisateur et le mot de passe dans les réglages du serveur sortant ; beaucoup de fournisseurs attendent l'adresse complète comme nom d'utilisateur, ou un mot de passe d'application lorsque la validation en deux étapes est activée. Choisissez un mécanisme parmi ceux de la ligne `AUTH` de la réponse à `EHLO`. Si les identifiants sont corrects, l'administrateur du compte doit vérifier s'il est verrouillé ou désactivé.",
        "La connexion à votre compte d'envoi a échoué. Vérifiez le nom d'utilisateur et le mot de passe dans les paramètres de votre logiciel de messagerie.",
    ],
    // tls_required
    [
        "Chiffrement exigé ou en échec",
        "Le serveur exige une connexion chiffrée avant cette étape, ou la mise en place du chiffrement a échoué. Parmi les réponses possibles : `530 5.7.0` avant `STARTTLS`, `5.7.10` ou `5.7.11` pour un mécanisme d'authentification qui exige le chiffrement, `454` lorsque TLS est momentanément indisponible, et `5.7.30` pour `REQUIRETLS` ; une politique MTA-STS (RFC 8461) peut aussi bloquer la remise.",
        "Envoyez `STARTTLS` après `EHLO` ou, pour la soumission, connectez-vous au port `465` avec TLS dès le départ, puis renvoyez `EHLO` une fois la connexion chiffrée. Si la négociation échoue, mettez à jour la bibliothèque TLS du client et vérifiez les versions du protocole acceptées des deux côtés. Si le certificat d'un serveur a expiré ou ne correspond pas à son nom, son administrateur doit le remplacer.",
        "Le message n'a pas pu être envoyé par une connexion sécurisée. Activez le chiffrement du courrier sortant dans votre logiciel de messagerie, ou demandez de l'aide à votre fournisseur de messagerie.",
    ],
    // blocklisted
    [
        "Expéditeur sur une liste de blocage",
        "L'adresse du serveur d'envoi ou le domaine de l'expéditeur figure sur une liste de blocage consultée par le système destinataire, qu'il s'agisse d'une liste publique publiée dans le DNS ou de sa propre liste. Ce refus arrive souvent sous la forme `550` ou `554` avec `5.7.1`, parfois sous la forme d'un accueil `554` ; ces codes servent aussi à d'autres refus, et le texte nomme généralement la liste.",
        "L'administrateur de l'expéditeur doit rechercher l'adresse listée sur la liste nommée dans la réponse, trouver la cause (compte piraté, machine infectée, relais ouvert, envois à des adresses périmées), y mettre fin, puis demander le retrait selon la procédure propre à cette liste. Sur un hébergement mutualisé, c'est au fournisseur de s'en charger ou de faire passer le courrier par un autre relais.",
        "Votre fournisseur de messagerie figure sur une liste de blocage utilisée par la messagerie du destinataire, et le message a donc été refusé. Prévenez le responsable de votre messagerie ou votre fournisseur.",
    ],
    // bad_reputation
    [
        "Réputation de l'expéditeur trop faible",
        "Le système destinataire a refusé ou différé le message en raison de la réputation du serveur ou du domaine d'envoi, établie à partir des plaintes, des pièges à spam touchés, des avis de non-remise et des variations brusques de volume, sans nommer de liste de blocage. Les réponses vont d'un `421` ou `450` temporaire à un `550` ou `554` avec `5.7.1` : c'est donc le texte qui tranche.",
        "L'administrateur de l'expéditeur doit trouver ce qui a nui à la réputation : un compte compromis, des envois à des listes anciennes ou achetées, l'absence de lien de désinscription, ou une nouvelle adresse qui a démarré avec de gros volumes. Il faut y mettre fin, authentifier tout le courrier et augmenter le volume progressivement. Beaucoup de grands fournisseurs de messagerie proposent des outils pour postmasters ou des boucles de rétroaction (feedback loops) qui montrent la réputation qu'ils vous attribuent.",
        "Pour le moment, la messagerie du destinataire ne fait pas confiance aux messages envoyés par votre fournisseur. Signalez cet échec au responsable de votre messagerie ou à votre fournisseur.",
    ],
    // reverse_dns
    [
        "DNS inverse absent ou incohérent",
        "L'adresse IP du serveur d'envoi n'a pas de nom dans le DNS inverse (PTR), ou ce nom ne renvoie pas à la même adresse, et le système destinataire refuse le courrier provenant de tels hôtes. Le code dédié est `5.7.25`, mais beaucoup de serveurs envoient `550 5.7.1`, ou un `450` temporaire parce que la résolution n'a peut-être échoué que momentanément.",
        "L'administrateur de l'expéditeur doit demander à qui gère l'adresse IP, l'hébergeur ou le fournisseur d'accès, de créer un enregistrement PTR indiquant le nom du serveur, et publier pour ce nom un enregistrement A ou AAAA qui renvoie à la même adresse. Utiliser ce même nom dans `EHLO` aide aussi.",
        "La messagerie du destinataire a refusé le courrier envoyé par votre fournisseur, à cause d'un problème de configuration de votre côté. Prévenez le responsable de votre messagerie.",
    ],
    // policy_block
    [
        "Refusé par la politique du destinataire",
        "Une règle locale du site destinataire a refusé le message, sans rapport avec le spam, l'authentification ou les listes de blocage : par exemple un destinataire qui n'accepte que certains expéditeurs, un pays ou un réseau bloqué, ou un groupe ou une liste fermés. Ce refus arrive généralement sous la forme `550` ou `554` avec `5.7.1`, ou `5.7.2` pour une liste de diffusion.",
        "Cherchez dans le texte de la réponse la règle qui s'est appliquée. Seul le destinataire ou son administrateur peut modifier cette règle ou ajouter l'expéditeur à une liste d'autorisation : contactez-les donc par un autre moyen en citant la réponse complète. Pour une liste de diffusion, envoyez depuis l'adresse abonnée.",
        "Selon ses règles, l'organisation du destinataire n'accepte pas vos messages. Contactez le destinataire par un autre moyen et demandez-lui d'autoriser vos envois.",
    ],
    // spam
    [
        "Message considéré comme du spam",
        "Le filtre du système destinataire a examiné le message et l'a classé comme spam, d'après son texte, ses liens, ses pièces jointes ou ses en-têtes, combinés à la réputation de l'expéditeur. Les serveurs envoient généralement `550` ou `554` avec `5.7.1`, des codes qui servent aussi à d'autres refus : il faut donc que le texte parle de spam.",
        "L'expéditeur doit chercher ce qui peut déplaire à un filtre : des liens vers des domaines de mauvaise réputation ou passant par des raccourcisseurs d'URL, un message composé surtout d'images, des objets trompeurs, ou des envois en masse sans consentement ni lien de désinscription. L'administrateur de l'expéditeur doit s'assurer que SPF, DKIM et DMARC réussissent. En cas de faux positif, le destinataire peut demander à son administrateur d'autoriser l'expéditeur.",
        "La messagerie du destinataire a classé votre message comme courrier indésirable. Modifiez son contenu, par exemple en retirant des liens ou des pièces jointes, ou contactez le destinataire par un autre moyen.",
    ],
    // virus
    [
        "Logiciel malveillant ou pièce jointe dangereuse",
        "L'antivirus du système destinataire a trouvé un logiciel malveillant dans le message, ou une pièce jointe d'un type qu'il juge dangereux, comme un programme ou un document contenant des macros. Aucun code n'est réservé à ce cas : les serveurs utilisent `550` ou `554`, souvent avec `5.7.1`, et le texte nomme ce qui a été détecté.",
        "L'expéditeur doit analyser l'ordinateur qui a envoyé le message avec un logiciel de sécurité à jour, car les logiciels malveillants envoient souvent du courrier d'eux-mêmes. Un fichier légitime qui a été bloqué doit être partagé par un lien de téléchargement plutôt qu'en pièce jointe. Si l'antivirus s'est trompé, l'administrateur du destinataire peut signaler l'erreur ou prévoir une exception.",
        "Le message a été refusé parce qu'une pièce jointe semblait dangereuse. Vérifiez que votre ordinateur n'est pas infecté par un virus, ou partagez plutôt le fichier par un lien de téléchargement.",
    ],
    // content_rejected
    [
        "Contenu ou format du message refusé",
        "Quelque chose dans la forme du message a été refusé : champs d'en-tête manquants, en double ou mal formés, structure ou encodage MIME défectueux, lignes trop longues, ou type de pièce jointe que le système destinataire n'accepte pas. Les serveurs utilisent les codes `5.6.x` pour les problèmes de contenu ou de média, ou un `550` ou `554` générique : c'est donc le texte qui tranche.",
        "Les développeurs doivent rendre le message conforme à la RFC 5322 et à MIME : un seul champ d'en-tête `From` et un seul `Date`, un `Message-ID`, des lignes d'au plus 998 caractères terminées par CRLF, et un contenu 8 bits encodé, sauf si le serveur propose `8BITMIME`. Une personne qui reçoit cette erreur doit retirer le type de pièce jointe nommé dans la réponse ou partager le fichier par un lien.",
        "La messagerie du destinataire n'a pas pu accepter le message sous sa forme actuelle, souvent à cause d'un type de pièce jointe. Retirez ou remplacez la pièce jointe, ou envoyez un message plus simple.",
    ],
    // message_too_big
    [
        "Message trop volumineux",
        "Le message dépasse la taille qu'accepte le système destinataire, soit pour l'ensemble du système, soit pour cette boîte aux lettres. Les serveurs envoient `552` avec `5.3.4` pour une limite du système ou `5.2.3` pour une limite de la boîte aux lettres ; un serveur qui prend en charge l'extension `SIZE` peut refuser dès `MAIL FROM`, avant l'envoi de toute donnée.",
        "Réduisez la taille du message : partagez les gros fichiers par un lien de téléchargement, ou compressez-les ou découpez-les, en sachant que les pièces jointes grossissent d'environ un tiers une fois encodées pour l'envoi. Un nombre après `SIZE` dans la réponse à `EHLO` indique la limite du serveur en octets. Seul l'administrateur du destinataire peut relever cette limite.",
        "Le message est trop volumineux pour la messagerie du destinataire. Retirez les pièces jointes volumineuses ou partagez-les par un lien de téléchargement, puis renvoyez-le.",
    ],
    // rate_limited
    [
        "Limite de débit d'envoi atteinte",
        "L'expéditeur a dépassé une limite de messages, de connexions ou de destinataires sur une période donnée : le serveur en refuse donc davantage pour l'instant. Les systèmes destinataires répondent généralement par `421`, `450` ou `451`, souvent avec un code `4.7.x` ; les serveurs de soumission peuvent refuser par `550` ou `554` lorsqu'un quota d'envoi quotidien est épuisé.",
        "Laissez le serveur d'envoi réessayer plus tard à intervalles croissants, et réduisez le nombre de connexions simultanées et de messages par connexion vers ce destinataire. Étalez les envois en nombre dans le temps. S'il s'agit d'un quota de votre propre compte, attendez sa remise à zéro ou demandez une limite plus élevée au fournisseur.",
        "Trop de messages ont été envoyés en peu de temps, et celui-ci a donc été retenu. Patientez un moment, puis réessayez.",
    ],
    // greylisted
    [
        "Liste grise (greylisting) : nouvel essai plus tard",
        "Le système destinataire a volontairement refusé pour un temps la première tentative d'un expéditeur inconnu, pour voir si un vrai serveur de messagerie revient, ce que les outils des spammeurs ne font souvent pas. Il répond `450` ou `451`, souvent avec `4.7.1` ou `4.2.0`, et accepte une nouvelle tentative faite après le délai d'attente.",
        "Il n'y a rien à corriger si le serveur d'envoi garde le message en file d'attente et réessaie, comme l'exige la RFC 5321 ; le délai va généralement de quelques minutes à une heure. Les scripts et les applications qui envoient directement doivent eux aussi mettre en file d'attente et réessayer, et les nouvelles tentatives doivent partir de la même adresse ou du même groupe d'adresses, car une nouvelle adresse relance l'attente.",
        "Le message est retardé, pas perdu. Il sera généralement remis automatiquement d'ici quelques minutes à une heure.",
    ],
    // syntax
    [
        "Commande ou paramètre non compris",
        "Une commande envoyée par le client était mal formée ou inconnue, ou utilisait une option que le serveur ne prend pas en charge : elle n'a donc pas été exécutée. Les serveurs le signalent par `500`, `501`, `502`, `504` ou `555`, souvent avec `5.5.1`, `5.5.2` ou `5.5.4` ; une adresse mal formée reçoit `5.1.3` ou `5.1.7`.",
        "Corrigez le programme d'envoi, pas le message : vérifiez l'orthographe des commandes, mettez les adresses entre chevrons sans espaces, et n'utilisez que les extensions et les paramètres que le serveur annonce dans sa réponse à `EHLO`. Le texte qui suit le code désigne souvent la partie fautive. Renvoyer la même commande échouera de la même façon.",
        "Votre logiciel de messagerie a envoyé une demande que la messagerie du destinataire n'a pas comprise. Vérifiez que les adresses ne contiennent pas de caractères inhabituels, et mettez le logiciel à jour si le problème se reproduit.",
    ],
    // bad_sequence
    [
        "Commandes dans le mauvais ordre",
        "Le client a envoyé une commande valide à un moment de la session où elle n'est pas permise, comme `RCPT TO` avant `MAIL FROM`, ou `DATA` sans aucun destinataire accepté. Les serveurs répondent `503`, généralement avec `5.5.1`.",
        "Regardez les réponses qui précèdent : un `MAIL FROM` ou un `RCPT TO` refusé provoque souvent le `503` qui suit, et c'est cette réponse antérieure qui donne la vraie raison. Sinon, corrigez l'ordre des commandes du client : `EHLO`, `AUTH` si nécessaire, `MAIL FROM`, `RCPT TO`, puis `DATA`, et `RSET` pour recommencer.",
        "Un décalage s'est produit entre votre logiciel de messagerie et la messagerie du destinataire. Essayez de renvoyer le message, et mettez le logiciel à jour si le problème se reproduit.",
    ],
    // service_unavailable
    [
        "Serveur temporairement indisponible",
        "Le serveur a répondu, mais a indiqué qu'il ne peut pas traiter la demande pour l'instant, car il est surchargé, en maintenance ou en cours d'arrêt. Les réponses typiques sont `421`, qui ferme la connexion, et `450` ou `451` avec `4.3.2` ou `4.4.5` ; le problème vient de ce serveur, pas du message.",
        "Laissez le serveur d'envoi réessayer plus tard, comme il le fait de lui-même après une réponse temporaire. Si un serveur refuse pendant des heures, son administrateur doit vérifier sa charge, ses services et son espace de stockage. Un client qui se reconnecte aussitôt aggrave la surcharge : les nouvelles tentatives doivent donc être espacées.",
        "La messagerie du destinataire est surchargée ou momentanément indisponible. L'envoi est généralement retenté automatiquement ; si le message vous revient, renvoyez-le plus tard.",
    ],
    // system_error
    [
        "Erreur sur le serveur destinataire",
        "Un problème est survenu à l'intérieur du serveur qui a répondu : erreur de configuration, stockage plein, ou échec d'une recherche dans le DNS ou dans un annuaire d'utilisateurs. Parmi les réponses possibles : `451` avec `4.3.0`, `452` avec `4.3.1`, `4.3.5` et `4.4.3`, et parfois un `554` ou un `5.3.x` permanent ; le message lui-même est généralement correct.",
        "L'exploitant du serveur doit trouver et corriger la panne à l'aide de ses journaux : libérer de l'espace de stockage, corriger la configuration, ou réparer le service DNS ou d'annuaire dont il dépend. Un expéditeur ne peut rien faire de plus que laisser les nouvelles tentatives se dérouler et, si l'erreur persiste, prévenir le postmaster du site en lui transmettant la réponse complète et son heure.",
        "La messagerie du destinataire a rencontré un problème technique. Réessayez plus tard ; si l'envoi échoue encore, contactez le destinataire par un autre moyen.",
    ],
    // network_error
    [
        "Échec de la connexion",
        "La connexion au serveur de messagerie n'a pas pu être établie ou s'est interrompue : elle a été refusée, a expiré ou a été réinitialisée, si bien qu'il n'y a parfois aucune réponse. Les serveurs d'envoi l'enregistrent avec `4.4.1` en l'absence de réponse ou `4.4.2` pour une mauvaise connexion, et continuent de réessayer.",
        "Vérifiez le nom d'hôte et le port qu'utilise le client, et si un pare-feu ou le fournisseur d'accès bloque les connexions sortantes vers le port `25`, ce qui est courant sur les réseaux domestiques et dans le cloud. Pour un domaine distant, vérifiez que ses enregistrements MX pointent vers des serveurs en service et joignables. Pendant ce temps, le serveur d'envoi réessaie de lui-même.",
        "Votre message n'a pas pu atteindre la messagerie du destinataire à cause d'un problème de connexion. Un nouvel essai aura généralement lieu automatiquement ; sinon, réessayez plus tard.",
    ],
    // loop_detected
    [
        "Boucle de messagerie détectée",
        "Le message est passé tant de fois d'un serveur à l'autre que l'un d'eux l'a arrêté, car il tournait en boucle. Les serveurs comptent les champs d'en-tête `Received` et signalent `5.4.6`, souvent avec `554`, ou un texte parlant de boucle ou de trop nombreux sauts ; elle est provoquée par des règles de transfert ou des réglages de routage qui se renvoient le courrier les uns aux autres.",
        "Lisez les champs d'en-tête `Received` du message qui vous est revenu pour voir quels serveurs se répètent. Les administrateurs de ces systèmes doivent supprimer la règle de transfert, l'alias ou le réglage de routage qui renvoie le courrier en arrière, ou corriger un enregistrement MX qui pointe vers le mauvais serveur. Renvoyer le message avant cela le refera tourner en boucle.",
        "Le message a tourné en rond entre plusieurs messageries et a été arrêté. Prévenez le destinataire par un autre moyen, car ses réglages de transfert doivent probablement être corrigés.",
    ],
    // expired
    [
        "Délai des tentatives de remise expiré",
        "Le serveur d'envoi a continué de réessayer le message après des échecs temporaires, puis a abandonné en atteignant sa limite de temps, souvent de plusieurs jours. L'avis de non-remise peut porter `5.4.7` ou seulement la dernière erreur rencontrée ; la vraie cause se trouve dans les tentatives précédentes qui ont échoué.",
        "Cherchez dans l'avis de non-remise ou dans le journal du serveur d'envoi les erreurs des tentatives précédentes, comme un hôte injoignable ou une boîte aux lettres pleine, et faites corriger cette cause par la personne responsable. Renvoyez ensuite le message, puisque le serveur d'envoi a cessé ses tentatives.",
        "Votre message n'a pas pu être remis malgré des tentatives répétées pendant longtemps. Vérifiez l'adresse, puis renvoyez-le plus tard ou contactez le destinataire par un autre moyen.",
    ],
    // success
    [
        "Accepté",
        "Le serveur a exécuté la commande ; après le `.` final du message, un `250` signifie qu'il a accepté le message et pris en charge sa remise. Ce n'est pas la promesse qu'il arrivera dans la boîte de réception : il peut encore être filtré ou donner lieu plus tard à un avis de non-remise.",
        "Il n'y a rien à corriger. Si le destinataire dit n'avoir jamais reçu le message, demandez-lui de vérifier son dossier de courrier indésirable, guettez un éventuel avis de non-remise ultérieur, et servez-vous de l'identifiant de file d'attente ou de l'identifiant du message indiqué dans la réponse pour le retrouver dans les journaux du côté destinataire.",
        "Le message a été accepté et va être acheminé vers son destinataire.",
    ],
    // intermediate
    [
        "En attente de l'étape suivante",
        "Le serveur a accepté la commande jusqu'ici et attend la suite de la part du client, par exemple le contenu du message après `354` ou l'étape suivante de l'authentification après `334`. Rien n'a échoué pour l'instant, mais rien n'a encore été remis non plus.",
        "Le client doit envoyer ce que le serveur a demandé : après `354`, le message, terminé par une ligne ne contenant que `.` ; après `334`, la réponse `AUTH` suivante. Si une session s'arrête ici, cherchez un client qui n'a jamais envoyé la suite ou une connexion coupée pendant l'envoi.",
        "Le message est encore en cours d'envoi, et aucun problème n'est survenu jusqu'ici.",
    ],
    // unknown
    [
        "Raison impossible à déterminer d'après la réponse",
        "Rien dans la réponse n'indique une raison précise : le code est générique, comme `550`, `554` ou `5.0.0`, et le texte ne dit pas ce qui s'est passé. Seule la classe du code est certaine : `4xx` pour un échec temporaire, `5xx` pour un échec permanent.",
        "Lisez la réponse complète et le journal du serveur d'envoi autour de celle-ci. Après une réponse `4xx`, laissez le serveur d'envoi réessayer ; après une réponse `5xx`, ne renvoyez pas le message à l'identique. Si la situation reste floue, écrivez à l'adresse postmaster du domaine destinataire en indiquant la réponse complète, l'heure et les adresses concernées.",
        "Le message n'a pas pu être remis, et la raison n'est pas claire. Réessayez plus tard et, si l'envoi échoue encore, contactez le destinataire par un autre moyen.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "L'hôte MX a échoué à la validation MTA-STS",
        "Exchange Online n'a pas remis le message, car l'hôte MX qu'il a joint ne figure pas dans la politique MTA-STS du domaine du destinataire. C'est un échec temporaire : Exchange Online continue donc de réessayer.",
        "Exchange Online l'envoie lorsque le domaine de destination publie une politique MTA-STS dont les entrées `mx` ne couvrent pas l'hôte indiqué dans les enregistrements MX du domaine.",
        "L'administrateur du domaine du destinataire doit mettre en accord la politique MTA-STS et les enregistrements MX, en ajoutant l'hôte MX à la politique ou en corrigeant l'enregistrement MX. L'expéditeur ne peut qu'attendre ou prévenir le destinataire.",
    ],
    // 4.4.312 (microsoft)
    [
        "Échec de la requête DNS pour la destination",
        "Exchange Online a tenté de résoudre l'hôte de destination, généralement l'hôte actif (smart host) d'un connecteur sortant, et la requête DNS a échoué. Le message reste en file d'attente et de nouvelles tentatives ont lieu pendant 24 heures au plus.",
        "Microsoft 365 le signale pour les remises par connecteur lorsque l'hébergement DNS du domaine a un problème, que le domaine a expiré ou qu'une modification récente du MX est encore en cache.",
        "L'administrateur du domaine de destination doit corriger son DNS avec l'hébergeur DNS ou renouveler le domaine. Si le connecteur pointe vers un service partenaire, c'est à ce partenaire de corriger le problème.",
    ],
    // 4.4.315 (microsoft)
    [
        "Délai de connexion à la destination dépassé",
        "Exchange Online n'a pas pu joindre à temps le serveur de messagerie de destination. Le message reste en file d'attente et de nouvelles tentatives ont lieu pendant 24 heures au plus.",
        "Microsoft 365 le signale lorsqu'un serveur local ou partenaire situé derrière un connecteur est hors service, ou que le paramètre d'hôte actif (smart host) du connecteur pointe vers la mauvaise adresse IP.",
        "Vérifiez que le serveur de destination fonctionne et qu'il est joignable sur le port `25`, et que l'adresse de l'hôte actif du connecteur est toujours correcte, par exemple après un changement de fournisseur d'accès à internet.",
    ],
    // 4.4.316 (microsoft)
    [
        "Connexion à la destination refusée",
        "Exchange Online a tenté de se connecter à un serveur de messagerie extérieur à Microsoft 365 et la connexion a été refusée : le message reste donc en file d'attente pour de nouvelles tentatives.",
        "Exchange Online l'envoie lorsqu'un pare-feu placé devant le serveur de destination bloque les adresses de Microsoft 365, ou lorsqu'un serveur local situé derrière un connecteur a été arrêté.",
        "L'administrateur de la destination doit autoriser les connexions depuis les plages d'adresses IP de Microsoft 365 sur le port `25`. Si le serveur local a été retiré volontairement, désactivez le connecteur et faites du domaine accepté un domaine faisant autorité.",
    ],
    // 4.4.317 (microsoft)
    [
        "Impossible de se connecter au serveur distant",
        "Exchange Online a joint le serveur de destination, mais celui-ci a répondu immédiatement par une erreur ou ne satisfaisait pas aux exigences de connexion, comme le TLS exigé par le connecteur.",
        "Microsoft 365 le signale pour les remises par connecteur lorsque le serveur distant se déclare indisponible, ou que le connecteur exige un TLS que le serveur distant ne propose pas.",
        "L'administrateur de la destination doit vérifier les paramètres TLS et le certificat du serveur, ainsi que les paramètres TLS du connecteur dans Microsoft 365. Si un service partenaire se trouve derrière le connecteur, c'est à lui de corriger ce qui le concerne.",
    ],
    // 4.4.318 (microsoft)
    [
        "Connexion fermée brutalement",
        "La connexion entre Exchange Online et le serveur de destination a été coupée en cours de session : une nouvelle tentative de remise aura donc lieu plus tard.",
        "Microsoft 365 le signale lorsque l'inspection SMTP d'un pare-feu perturbe l'échange, que le serveur de destination se bloque ou manque de ressources, ou que le réseau entre les deux tombe en panne.",
        "L'administrateur de la destination doit désactiver l'inspection SMTP défaillante du pare-feu, vérifier l'état et les ressources du serveur de messagerie, et faire contrôler le chemin réseau.",
    ],
    // 4.7.32 (google)
    [
        "Domaine From non aligné sur SPF ou DKIM",
        "Gmail ralentit la réception de votre courrier, car le domaine de l'en-tête `From` ne correspond ni au domaine qui a réussi SPF ni à celui qui a signé avec DKIM. C'est l'exigence d'alignement DMARC que Gmail impose aux expéditeurs de masse.",
        "Gmail l'envoie sous forme de réponse `421` temporaire aux expéditeurs dont les messages sont bien authentifiés, mais pour un autre domaine que celui que le destinataire voit comme auteur.",
        "L'administrateur de l'expéditeur doit signer le courrier avec un domaine DKIM `d=` qui partage son domaine organisationnel avec l'adresse `From`, ou envoyer avec un domaine `MAIL FROM` qui le partage, et publier un enregistrement DMARC. Les services d'envoi proposent généralement pour cela un domaine d'envoi ou de signature personnalisé.",
    ],
    // 4.7.320 (microsoft)
    [
        "Échec de la validation du certificat",
        "Exchange Online n'a pas pu valider le certificat TLS du serveur de destination, par exemple parce qu'il a expiré ou qu'il désigne un autre hôte : il garde donc le message en file d'attente.",
        "Microsoft 365 le signale pour les remises par un connecteur qui exige un certificat valide.",
        "L'administrateur de la destination doit installer un certificat valide, ou il faut corriger les paramètres de certificat du connecteur, pour que les messages en attente puissent partir.",
    ],
    // 4.7.321 (microsoft)
    [
        "La destination doit prendre en charge TLS (DANE)",
        "Le domaine de destination est protégé par DNSSEC et DANE, mais son serveur de messagerie n'a pas répondu à `STARTTLS` ou la négociation TLS a échoué : Exchange Online a donc refusé d'envoyer en clair.",
        "Exchange Online l'envoie comme erreur temporaire avec `starttls-not-supported` lors d'une remise à un domaine dont les enregistrements DNSSEC sont valides.",
        "L'administrateur du domaine du destinataire doit faire en sorte que le serveur de messagerie propose `STARTTLS` et mène la négociation à son terme.",
    ],
    // 4.7.322 (microsoft)
    [
        "Certificat de la destination expiré (DANE)",
        "Le serveur de destination protégé par DANE a présenté un certificat expiré : Exchange Online n'a donc pas remis le message.",
        "Exchange Online l'envoie comme erreur temporaire avec `certificate-expired`, une fois les vérifications DNSSEC réussies.",
        "L'administrateur du domaine du destinataire doit renouveler le certificat du serveur et mettre à jour les enregistrements TLSA s'ils l'épinglent.",
    ],
    // 4.7.323 (microsoft)
    [
        "Échec de la validation DANE du domaine",
        "Le certificat de la destination ne correspond pas à son enregistrement TLSA authentique, ou l'enregistrement TLSA est erroné : Exchange Online n'a donc pas remis le message.",
        "Exchange Online l'envoie comme erreur temporaire avec `tlsa-invalid` pour un domaine de destination signé avec DNSSEC.",
        "L'administrateur du domaine du destinataire doit publier des enregistrements TLSA qui correspondent au certificat que présente le serveur de messagerie, en particulier après un changement de certificat.",
    ],
    // 4.7.324 (microsoft)
    [
        "La destination a renvoyé des enregistrements DNSSEC non valides",
        "Le domaine de destination se dit signé avec DNSSEC, mais Exchange Online n'a pas pu valider ses enregistrements : il n'a donc pas remis le message.",
        "Exchange Online l'envoie comme erreur temporaire avec `dnssec-invalid`.",
        "L'administrateur du domaine du destinataire doit corriger la signature DNSSEC de la zone, par exemple des signatures expirées ou un enregistrement DS erroné dans la zone parente.",
    ],
    // 4.7.325 (microsoft)
    [
        "Le certificat ne correspond pas au nom d'hôte (DANE)",
        "Le certificat du serveur de destination protégé par DANE ne désigne ni le domaine ni l'hôte MX : Exchange Online n'a donc pas remis le message.",
        "Exchange Online l'envoie comme erreur temporaire avec `certificate-host-mismatch`.",
        "L'administrateur du domaine du destinataire doit installer un certificat dont le nom commun ou les noms alternatifs du sujet incluent le nom d'hôte MX.",
    ],
    // 4.7.500 (microsoft)
    [
        "Accès refusé, réessayez plus tard (limitation par adresse IP)",
        "Microsoft 365 limite temporairement le courrier venant de l'adresse IP qui se connecte, parce qu'elle envoie soudain beaucoup plus qu'avant ou qu'elle est nouvelle pour Microsoft ; les textes contiennent des jetons `ASxxx`.",
        "Exchange Online Protection l'envoie sous la forme `451` aux serveurs dont le comportement d'envoi a beaucoup changé, dans le cadre de sa limitation antispam.",
        "Pour un expéditeur légitime, la restriction se lève après quelques jours d'envois réguliers. Un client Microsoft 365 qui relaie par Microsoft ou qui fait passer son courrier entrant par un autre service doit configurer le connecteur correspondant, ce qui supprime la limitation.",
    ],
    // 4.7.850 (microsoft)
    [
        "Accès refusé, réessayez plus tard (adresse IP suspecte)",
        "Microsoft 365 a constaté une activité suspecte depuis l'adresse IP d'envoi et la restreint provisoirement pendant qu'il procède à des vérifications supplémentaires.",
        "Exchange Online l'envoie comme refus temporaire pendant qu'il évalue une adresse IP.",
        "Si le trafic est légitime, laissez le serveur d'envoi réessayer : selon Microsoft, la restriction est levée peu après. Si le serveur a réellement envoyé du spam, supprimez-en d'abord la source.",
    ],
    // 4.16.50 (yahoo)
    [
        "Différé à cause de plaintes d'utilisateurs de Yahoo",
        "Code de diagnostic propre à Yahoo pour un report temporaire : le courrier du serveur d'envoi a suscité de nombreuses plaintes d'utilisateurs de Yahoo Mail.",
        "Yahoo l'envoie avec `421` et le texte « temporarily deferred », généralement après que des destinataires ont signalé comme spam des messages précédents venant de la même adresse IP.",
        "Laissez la file d'attente réessayer plus tard. L'administrateur de l'expéditeur doit examiner ce que le serveur envoie aux utilisateurs de Yahoo et à qui, et arrêter les envois que les destinataires n'ont pas demandés. Une personne qui ne gère pas le serveur doit transmettre l'erreur complète à son administrateur.",
    ],
    // 4.16.55 (yahoo)
    [
        "Différé pour un volume inhabituel ou des plaintes d'utilisateurs",
        "Code de diagnostic propre à Yahoo qui accompagne ses reports `[TS01]` et `[TSS04]` : Yahoo a ralenti le courrier venant de cette adresse IP à cause de son volume ou de plaintes d'utilisateurs de Yahoo.",
        "Yahoo l'envoie dans des réponses `421`, souvent sous la forme `4.16.55.1`, lorsqu'une adresse IP envoie un trafic inhabituel ou du courrier que les destinataires signalent comme spam.",
        "Le serveur d'envoi peut réessayer plus tard. L'administrateur de l'expéditeur doit trouver la source du courrier qui a provoqué les plaintes (compte compromis, envoi non désiré), y mettre fin, et n'augmenter que progressivement le volume envoyé à Yahoo.",
    ],
    // 5.0.350 (microsoft)
    [
        "Refus générique de l'organisation du destinataire",
        "Exchange Online utilise ce code fourre-tout pour de nombreux refus côté destinataire ; le texte en indique la cause, par exemple `x-dg-ref header is too long` ou `policy violation detected (AS345)`.",
        "Le texte `x-dg-ref` accompagne les messages au format texte enrichi (Rich Text), et le texte `AS345` les pièces jointes imbriquées.",
        "Lisez le texte qui suit le code. Pour `x-dg-ref`, envoyez le message au format HTML ou en texte brut ; pour `AS345`, ne joignez pas de messages qui contiennent eux-mêmes des pièces jointes.",
    ],
    // 5.1.20 (microsoft)
    [
        "Plusieurs adresses From sans adresse Sender",
        "Le message comporte plus d'une adresse dans son champ d'en-tête `From` et aucun champ `Sender`, alors que la RFC 5322 l'exige dans ce cas : Exchange Online l'a donc refusé.",
        "Exchange Online l'envoie pour des messages construits avec plusieurs adresses `From`, généralement par des scripts ou des logiciels de messagerie peu courants.",
        "Envoyez avec une seule adresse `From`, ou ajoutez un champ d'en-tête `Sender` contenant exactement une adresse.",
    ],
    // 5.1.90 (microsoft)
    [
        "Limite quotidienne de destinataires atteinte",
        "L'expéditeur Microsoft 365 a écrit à plus de destinataires en une journée que ne le permettent les limites d'envoi d'Exchange Online.",
        "Exchange Online l'envoie à ses propres utilisateurs qui dépassent la limite quotidienne de destinataires ; cela peut aussi signifier que le compte est compromis et envoie du spam.",
        "Attendez que la limite soit réinitialisée, et étalez les envois importants dans le temps ou utilisez un service d'envoi en masse. L'administrateur doit rechercher sur le compte des signes de compromission.",
    ],
    // 5.1.351 (microsoft)
    [
        "Le serveur distant a signalé un destinataire inconnu ou une boîte aux lettres indisponible",
        "Exchange Online rapporte le refus du serveur suivant : celui-ci a indiqué que le destinataire est inconnu ou que sa boîte aux lettres est indisponible. La réponse propre au serveur distant suit après `->`.",
        "Exchange Online le place dans les avis de non-remise lorsque le serveur destinataire a refusé le destinataire, avec un texte comme `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Vérifiez que l'adresse du destinataire ne comporte pas de faute de frappe et demandez la bonne adresse au destinataire. La réponse distante qui suit `->` indique ce qu'a dit le serveur destinataire.",
    ],
    // 5.2.121 (microsoft)
    [
        "Limite horaire du destinataire pour cet expéditeur dépassée",
        "L'expéditeur a envoyé en une heure à un même destinataire Exchange Online plus de messages que celui-ci n'en accepte d'un seul expéditeur.",
        "Exchange Online l'envoie aux expéditeurs automatisés et aux systèmes de notification qui submergent une boîte aux lettres.",
        "Réessayez plus tard et envoyez moins de messages par heure à ce destinataire, par exemple en regroupant les notifications.",
    ],
    // 5.2.122 (microsoft)
    [
        "Limite horaire de réception du destinataire dépassée",
        "Le destinataire Exchange Online a reçu en une heure, tous expéditeurs confondus, plus de messages que ce qui est autorisé.",
        "Exchange Online l'envoie lorsqu'une boîte aux lettres est submergée par des tempêtes de messages ou par de nombreux expéditeurs automatisés.",
        "Réessayez plus tard. Si du courrier automatisé en est la cause, réduisez sa fréquence d'envoi ; le destinataire devra peut-être découvrir qui submerge sa boîte aux lettres.",
    ],
    // 5.3.190 (microsoft)
    [
        "Journalisation vers Microsoft 365 non prise en charge",
        "Une règle de journalisation locale envoie des rapports de journal à Microsoft 365, mais l'organisation n'a pas activé Journaling Archive : Exchange Online les refuse donc.",
        "Exchange Online l'envoie aux organisations qui journalisent leur courrier local dans Microsoft 365.",
        "L'administrateur Microsoft 365 de l'organisation doit activer Journaling Archive ou diriger la règle de journalisation vers une autre destination.",
    ],
    // 5.4.8 (microsoft)
    [
        "L'hôte MX a échoué à la validation MTA-STS (définitif)",
        "Exchange Online a renoncé à la remise, car la politique MTA-STS du domaine du destinataire n'autorise pas l'hôte MX de ce domaine.",
        "Exchange Online l'envoie comme échec définitif lorsque la politique MTA-STS d'un domaine n'inclut pas l'hôte MX trouvé dans le DNS.",
        "L'administrateur du domaine du destinataire doit ajouter l'hôte MX à la politique MTA-STS ou corriger l'enregistrement MX ; l'expéditeur peut ensuite renvoyer le message.",
    ],
    // 5.4.14 (microsoft)
    [
        "Nombre de sauts dépassé, boucle de messagerie possible",
        "Exchange Online a arrêté le message parce qu'il a été réacheminé trop de fois ; c'est le code propre à Exchange Online pour une boucle de messagerie, là où Exchange sur site utilise `5.4.6`.",
        "Exchange Online l'envoie lorsqu'un domaine accepté est mal configuré ou, dans les déploiements hybrides, lorsque des connecteurs se renvoient le courrier ; le texte se termine souvent par `ATTR34`.",
        "L'administrateur de l'organisation du destinataire doit vérifier que le domaine est un domaine accepté faisant autorité et que les connecteurs hybrides acheminent vers le bon hôte actif (smart host) ; relancer l'assistant de configuration hybride (Hybrid Configuration Wizard) règle souvent le problème.",
    ],
    // 5.4.300 (microsoft)
    [
        "Message expiré",
        "Exchange Online n'a pas pu remettre le message dans le délai imparti, parce que la destination n'a jamais répondu ou qu'un avis de non-remise le concernant n'a pas pu être remis non plus.",
        "Exchange Online l'envoie comme échec définitif une fois épuisées ses tentatives pour un message.",
        "Consultez les erreurs précédentes pour cette destination afin de comprendre pourquoi la remise échouait sans cesse, faites corriger le problème, puis renvoyez le message.",
    ],
    // 5.4.312 (microsoft)
    [
        "Message expiré après des échecs de requête DNS",
        "Exchange Online a cessé de réessayer, car chaque tentative de résolution DNS de la destination a échoué jusqu'à l'expiration du délai de séjour du message en file d'attente.",
        "Exchange Online le place dans l'avis de non-remise après des reports `4.4.312` antérieurs, avec le texte `Message expired, DNS query failed`.",
        "L'administrateur du domaine du destinataire doit corriger le DNS du domaine ou renouveler celui-ci. L'expéditeur doit ensuite renvoyer le message.",
    ],
    // 5.4.316 (microsoft)
    [
        "Message expiré après des connexions refusées",
        "Exchange Online a cessé de réessayer, car le serveur de destination a refusé les connexions jusqu'à l'expiration du délai de séjour du message en file d'attente.",
        "Exchange Online le place dans l'avis de non-remise après des reports `4.4.316` antérieurs, avec le texte `Message expired, connection refused`.",
        "L'administrateur de la destination doit faire accepter au serveur les connexions de Microsoft 365 sur le port `25`. L'expéditeur doit ensuite renvoyer le message.",
    ],
    // 5.4.318 (microsoft)
    [
        "Message expiré après des connexions réinitialisées",
        "Exchange Online a cessé de réessayer, car ses connexions vers la destination étaient sans cesse réinitialisées, ce qu'il signale par `SuspiciousRemoteServerError`.",
        "Exchange Online le place dans l'avis de non-remise après des reports `4.4.318` répétés pour la même destination.",
        "L'administrateur de la destination doit trouver ce qui interrompt les sessions, souvent un pare-feu qui inspecte le trafic SMTP. L'expéditeur doit ensuite renvoyer le message.",
    ],
    // 5.6.11 (microsoft)
    [
        "Caractères non valides (sauts de ligne isolés)",
        "Le message contient des sauts de ligne isolés, c'est-à-dire des fins de ligne sans retour chariot, qu'Exchange Online n'accepte pas.",
        "Exchange Online l'envoie lorsqu'un logiciel de messagerie ou un script écrit des lignes terminées par `LF` au lieu de `CRLF`.",
        "Corrigez le programme d'envoi pour que chaque ligne se termine par `CRLF`, ou envoyez par un serveur qui convertit les fins de ligne.",
    ],
    // 5.7.57 (microsoft)
    [
        "Client non authentifié pour l'envoi de courrier anonyme",
        "Une application ou un appareil a envoyé du courrier à `smtp.office365.com` sans s'authentifier, et Exchange Online a refusé `MAIL FROM`.",
        "Exchange Online l'envoie aux imprimantes, scanners et applications configurés pour relayer par Microsoft 365 et dont l'authentification ou la configuration TLS est incorrecte.",
        "Configurez l'appareil avec les identifiants d'un utilisateur qui dispose d'une boîte aux lettres Exchange Online, et assurez-vous qu'il utilise `STARTTLS`, car l'authentification exige TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution : accès au relais refusé",
        "Exchange Online n'a pas pu associer le courrier venant des propres serveurs de l'organisation à un connecteur entrant : il a donc refusé de le relayer.",
        "Exchange Online l'envoie après un changement sur site, comme l'adresse IP du serveur d'envoi ou le nom de son certificat, qui fait qu'il ne correspond plus au connecteur entrant.",
        "L'administrateur doit mettre à jour le connecteur entrant avec les adresses IP actuelles ou le nom de certificat actuel du serveur local.",
    ],
    // 5.7.124 (microsoft)
    [
        "Expéditeur absent de la liste des expéditeurs autorisés",
        "Le destinataire est un groupe de distribution qui n'accepte le courrier que d'expéditeurs déterminés, et l'expéditeur ne figure pas dans cette liste.",
        "Exchange Online l'envoie pour les groupes soumis à des restrictions de remise ; même le propriétaire du groupe doit parfois figurer dans la liste.",
        "Demandez au propriétaire du groupe ou à l'administrateur du destinataire d'ajouter l'expéditeur aux expéditeurs autorisés du groupe ou de supprimer la restriction.",
    ],
    // 5.7.133 (microsoft)
    [
        "Expéditeur non authentifié pour le groupe",
        "Le destinataire est un groupe qui refuse le courrier venant de l'extérieur de son organisation, et l'expéditeur est externe.",
        "Exchange Online l'envoie lorsque des expéditeurs externes écrivent à un groupe de distribution qui exige des expéditeurs authentifiés.",
        "Le propriétaire du groupe ou l'administrateur du destinataire doit autoriser les expéditeurs externes pour ce groupe.",
    ],
    // 5.7.134 (microsoft)
    [
        "Expéditeur non authentifié pour la boîte aux lettres",
        "La boîte aux lettres du destinataire est réglée pour refuser le courrier venant de l'extérieur de son organisation, et l'expéditeur est externe.",
        "Exchange Online l'envoie pour les boîtes aux lettres dont le paramètre exige des expéditeurs authentifiés.",
        "Seul l'administrateur de l'organisation du destinataire peut modifier les restrictions de remise de la boîte aux lettres.",
    ],
    // 5.7.135 (microsoft)
    [
        "Expéditeur non authentifié pour le dossier public",
        "Le destinataire est un dossier public à extension messagerie qui refuse le courrier venant de l'extérieur de son organisation.",
        "Exchange Online l'envoie lorsque des expéditeurs externes écrivent à un dossier public qui exige des expéditeurs authentifiés.",
        "L'administrateur de l'organisation du destinataire doit autoriser le dossier public à accepter le courrier de tous les expéditeurs.",
    ],
    // 5.7.136 (microsoft)
    [
        "Expéditeur non authentifié pour l'utilisateur de messagerie",
        "Le destinataire est un utilisateur de messagerie réglé pour refuser le courrier venant de l'extérieur de son organisation.",
        "Exchange Online l'envoie lorsqu'un expéditeur externe écrit à un utilisateur de messagerie dont le paramètre exige des expéditeurs authentifiés.",
        "Seul l'administrateur de l'organisation du destinataire peut modifier ce paramètre.",
    ],
    // 5.7.193 (microsoft)
    [
        "Le groupe Microsoft 365 n'accepte pas les expéditeurs externes",
        "Le destinataire est un groupe Microsoft 365 qui n'accepte le courrier que de ses membres ou de l'intérieur de son organisation.",
        "Exchange Online l'envoie avec `UnifiedGroupAgent` lorsqu'un expéditeur externe écrit à un tel groupe.",
        "Le propriétaire du groupe ou l'administrateur du destinataire doit permettre aux personnes extérieures à l'organisation d'écrire au groupe.",
    ],
    // 5.7.321 (microsoft)
    [
        "La destination doit prendre en charge TLS (DANE, définitif)",
        "Exchange Online a abandonné, car le serveur de destination protégé par DANE n'a pas proposé `STARTTLS` ou la négociation a échoué.",
        "Exchange Online l'envoie comme erreur permanente avec `starttls-not-supported`.",
        "L'administrateur du domaine du destinataire doit activer TLS sur le serveur de messagerie ; l'expéditeur pourra ensuite renvoyer le message.",
    ],
    // 5.7.322 (microsoft)
    [
        "Certificat de la destination expiré (DANE, définitif)",
        "Exchange Online a abandonné, car le serveur de destination protégé par DANE présentait toujours un certificat expiré.",
        "Exchange Online l'envoie comme erreur permanente avec `certificate-expired`.",
        "L'administrateur du domaine du destinataire doit renouveler le certificat ; l'expéditeur pourra ensuite renvoyer le message.",
    ],
    // 5.7.323 (microsoft)
    [
        "Échec de la validation DANE du domaine (définitif)",
        "Exchange Online a abandonné, car le certificat de la destination échouait toujours à la validation par rapport à ses enregistrements TLSA.",
        "Exchange Online l'envoie comme erreur permanente avec `tlsa-invalid`.",
        "L'administrateur du domaine du destinataire doit corriger les enregistrements TLSA ou le certificat ; l'expéditeur pourra ensuite renvoyer le message.",
    ],
    // 5.7.324 (microsoft)
    [
        "La destination a renvoyé des enregistrements DNSSEC non valides (définitif)",
        "Exchange Online a abandonné, car les enregistrements DNSSEC du domaine de destination échouaient toujours à la validation.",
        "Exchange Online l'envoie comme erreur permanente avec `dnssec-invalid`.",
        "L'administrateur du domaine du destinataire doit réparer la signature DNSSEC de la zone ; l'expéditeur pourra ensuite renvoyer le message.",
    ],
    // 5.7.325 (microsoft)
    [
        "Le certificat ne correspond pas au nom d'hôte (DANE, définitif)",
        "Exchange Online a abandonné, car le certificat du serveur de destination ne correspondait pas au nom d'hôte MX.",
        "Exchange Online l'envoie comme erreur permanente avec `certificate-host-mismatch`.",
        "L'administrateur du domaine du destinataire doit remplacer le certificat par un certificat qui désigne l'hôte MX ; l'expéditeur pourra ensuite renvoyer le message.",
    ],
    // 5.7.367 (microsoft)
    [
        "Le serveur distant a refusé le relais",
        "Microsoft 365 a transféré ou relayé un message depuis son pool de relais, et la passerelle suivante l'a refusé comme tentative de relais. Microsoft utilise ce pool lorsque le message a échoué à SPF ou DKIM à son arrivée.",
        "Exchange Online l'envoie pour du courrier transféré ou relayé, le plus souvent lorsqu'une passerelle tierce est placée avant ou après Microsoft 365.",
        "L'administrateur Microsoft 365 doit faire en sorte que l'authentification réussisse à l'arrivée, par exemple avec Enhanced Filtering for Connectors, et ajouter comme domaines acceptés les domaines qu'il contrôle. Limiter le nombre de transferts successifs aide aussi.",
    ],
    // 5.7.501 (microsoft)
    [
        "Accès refusé, abus de spam détecté",
        "Microsoft 365 a banni le compte d'envoi parce qu'il a envoyé du spam.",
        "Exchange Online l'envoie à ses propres utilisateurs dont le compte a servi à envoyer du spam, généralement après une compromission.",
        "L'administrateur doit sécuriser le compte et réinitialiser ses identifiants, puis demander à l'assistance Microsoft de rétablir sa capacité d'envoi.",
    ],
    // 5.7.502 (microsoft)
    [
        "Accès refusé, expéditeur banni",
        "Microsoft 365 a banni le compte d'envoi après avoir détecté du spam provenant de ce compte.",
        "Exchange Online l'envoie aux comptes bloqués pour spam.",
        "L'administrateur doit régler les problèmes du compte, réinitialiser ses identifiants et contacter l'assistance Microsoft pour faire lever le bannissement.",
    ],
    // 5.7.503 (microsoft)
    [
        "Accès refusé, expéditeur banni",
        "Microsoft 365 a banni le compte d'envoi après avoir détecté du spam provenant de ce compte.",
        "Exchange Online l'envoie aux comptes bloqués pour spam.",
        "L'administrateur doit régler les problèmes du compte, réinitialiser ses identifiants et contacter l'assistance Microsoft pour faire lever le bannissement.",
    ],
    // 5.7.504 (microsoft)
    [
        "Adresse du destinataire refusée, accès refusé",
        "L'adresse du destinataire n'est pas valide dans l'organisation Microsoft 365 qui reçoit le message.",
        "Exchange Online Protection l'envoie avec le texte `Recipient address rejected: Access denied`.",
        "Vérifiez l'adresse du destinataire et renvoyez le message ; si l'échec se répète, demandez la bonne adresse au destinataire.",
    ],
    // 5.7.505 (microsoft)
    [
        "Accès refusé, destinataire banni",
        "Microsoft 365 considère l'adresse du destinataire comme non valide et refuse le courrier qui lui est adressé.",
        "Exchange Online Protection l'envoie pour les destinataires qu'il a bannis.",
        "Vérifiez l'adresse et joignez le destinataire par un autre moyen ; si cela semble être une erreur, l'administrateur du destinataire peut s'adresser à l'assistance Microsoft.",
    ],
    // 5.7.506 (microsoft)
    [
        "Accès refusé, HELO incorrect",
        "Le serveur d'envoi s'est présenté dans `HELO` ou `EHLO` sous le nom du serveur auquel il se connecte au lieu de son propre nom, ce que Microsoft considère comme le comportement d'un robot spammeur.",
        "Exchange Online Protection l'envoie au début d'une session avec un client mal configuré ou malveillant.",
        "Configurez le serveur d'envoi pour qu'il utilise son propre nom d'hôte pleinement qualifié dans `EHLO`.",
    ],
    // 5.7.507 (microsoft)
    [
        "Accès refusé, refusé par le destinataire",
        "L'organisation du destinataire a bloqué l'adresse IP d'où provient le message.",
        "Exchange Online Protection l'envoie lorsque le locataire destinataire a bloqué le serveur d'envoi.",
        "Contactez le destinataire par un autre moyen et demandez à son administrateur de lever le blocage.",
    ],
    // 5.7.508 (microsoft)
    [
        "Accès refusé, limites autorisées dépassées pour la plage IPv6",
        "La plage IPv6 de l'expéditeur a envoyé trop de messages en trop peu de temps.",
        "Exchange Online Protection l'envoie aux expéditeurs en IPv6 qui dépassent son débit autorisé par plage.",
        "Ralentissez les envois depuis cette plage et laissez la file d'attente réessayer plus tard.",
    ],
    // 5.7.509 (microsoft)
    [
        "Accès refusé, le domaine d'envoi échoue à DMARC",
        "Le domaine de l'en-tête `From` a échoué à DMARC et publie une politique de rejet : Microsoft a donc refusé le message.",
        "Exchange Online et Outlook.com l'envoient lorsque ni SPF ni DKIM ne réussit de façon alignée sur le domaine `From` et que sa politique est `p=reject` ; un transfert peut en être la cause.",
        "L'administrateur de l'expéditeur doit corriger le SPF du domaine, sa signature DKIM et l'alignement ; les rapports DMARC et les en-têtes renvoyés dans l'avis de non-remise montrent quelle vérification a échoué.",
    ],
    // 5.7.510 (microsoft)
    [
        "Le destinataire n'accepte pas le courrier en IPv6",
        "Le message est arrivé en IPv6, mais le domaine du destinataire n'accepte le courrier qu'en IPv4.",
        "Exchange Online Protection l'envoie aux expéditeurs en IPv6 pour les domaines qui n'ont pas activé la réception du courrier en IPv6.",
        "Envoyez vers ce domaine en IPv4, par exemple en configurant le serveur d'envoi pour qu'il privilégie IPv4 pour les hôtes MX de ce domaine.",
    ],
    // 5.7.511 (microsoft)
    [
        "Accès refusé, adresse IP d'envoi bannie",
        "Microsoft 365 a banni l'adresse IP d'où provient le message.",
        "Exchange Online Protection l'envoie aux serveurs qui figurent sur sa liste de blocage.",
        "Supprimez la cause du bannissement, puis demandez le retrait de la liste par e-mail à Microsoft en indiquant l'erreur complète et l'adresse IP, ou utilisez le portail de retrait (delist portal).",
    ],
    // 5.7.512 (microsoft)
    [
        "Le message doit être conforme à la section 3.6.2 de la RFC 5322",
        "Le message n'a pas d'adresse valide dans son champ d'en-tête `From` : Microsoft 365 l'a donc refusé.",
        "Exchange Online l'envoie pour les messages dont le champ `From` est absent, vide ou mal formé, par exemple sans chevrons autour de l'adresse.",
        "Corrigez le programme d'envoi pour que chaque message ait un champ `From` contenant une adresse bien formée.",
    ],
    // 5.7.513 (microsoft)
    [
        "Hôte client bloqué par la liste de blocage personnalisée du destinataire",
        "L'organisation destinataire a inscrit l'adresse IP d'envoi sur sa propre liste de blocage dans Microsoft 365 ; le texte se termine par `AS16012607`.",
        "Exchange Online Protection l'envoie lorsque l'adresse IP qui se connecte figure sur la liste de blocage personnalisée du locataire destinataire.",
        "Seule l'organisation destinataire peut supprimer cette entrée. Contactez-la directement et demandez-lui de débloquer l'adresse IP.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Le domaine d'envoi n'atteint pas le niveau d'authentification requis",
        "Outlook.com a refusé le message, car le domaine de son en-tête `From` ne satisfait pas à l'authentification que Microsoft exige des expéditeurs à gros volume vers ses services de messagerie grand public.",
        "Outlook.com, Hotmail, Live.com et MSN l'envoient aux domaines qui leur adressent 5 000 messages ou plus sans réussir SPF et DKIM, ou sans enregistrement DMARC avec une réussite alignée.",
        "L'administrateur de l'expéditeur doit publier SPF et DKIM de sorte que les deux réussissent, publier un enregistrement DMARC (au minimum `p=none`) et aligner SPF ou DKIM sur le domaine `From`. Renvoyez ensuite le message.",
    ],
    // 5.7.606 (microsoft)
    [
        "Accès refusé, adresse IP d'envoi bannie",
        "Microsoft 365 a banni l'adresse IP d'où provient le message en raison de sa réputation.",
        "Exchange Online Protection l'envoie aux serveurs dont l'adresse IP figure sur sa liste de blocage, par exemple après une compromission ou du trafic malveillant.",
        "Supprimez la cause et suivez les bonnes pratiques d'envoi, puis demandez le retrait de l'adresse IP sur le portail de retrait en libre-service de Microsoft (delist portal).",
    ],
    // 5.7.703 (microsoft)
    [
        "Destinataire bloqué par la Tenant Allow/Block List",
        "Quelqu'un de l'organisation a écrit à une adresse ou à un domaine que l'organisation bloque elle-même dans sa Tenant Allow/Block List, et le message entier a été arrêté.",
        "Exchange Online l'envoie aux expéditeurs internes ; un seul destinataire bloqué arrête le message pour tous les destinataires.",
        "Retirez le destinataire bloqué et renvoyez le message, ou demandez à l'administrateur de modifier l'entrée de blocage.",
    ],
    // 5.7.705 (microsoft)
    [
        "Accès refusé, le locataire a dépassé le seuil",
        "Microsoft 365 a bloqué le courrier sortant de toute l'organisation, car une trop grande part de son trafic était du spam ou du courrier en masse.",
        "Exchange Online l'envoie après que des serveurs ou des comptes d'administrateur compromis ont envoyé du spam, et plus rarement après un renouvellement tardif de l'abonnement.",
        "L'administrateur doit trouver la source et y mettre fin à l'aide des rapports de flux de messagerie et du suivi des messages, puis expliquer la cause à l'assistance Microsoft pour faire lever le blocage.",
    ],
    // 5.7.708 (microsoft)
    [
        "Accès refusé, trafic non accepté depuis cette adresse IP",
        "Microsoft 365 n'envoie pas de courrier depuis les adresses IP de faible réputation généralement attribuées aux nouveaux locataires.",
        "Exchange Online l'envoie aux locataires nouveaux ou en période d'essai, ou aux locataires dont le trafic a paru suspect.",
        "L'administrateur doit régler toute compromission ou tout relais ouvert, puis contacter l'assistance Microsoft ; les locataires en période d'essai peuvent demander une exception jusqu'à l'achat de licences.",
    ],
    // 5.7.750 (microsoft)
    [
        "Client empêché d'envoyer depuis des domaines non enregistrés",
        "L'organisation a envoyé de nombreux messages depuis des domaines qui ne sont ni ajoutés ni vérifiés dans Microsoft 365, et Microsoft les a bloqués.",
        "Exchange Online l'envoie lorsque le courrier venant de domaines non provisionnés, souvent par des connecteurs, dépasse ce que Microsoft tolère.",
        "Ajoutez et vérifiez chaque domaine d'envoi comme domaine accepté, ou utilisez un connecteur basé sur un certificat ; recherchez aussi des connecteurs inconnus créés par des attaquants.",
    ],
    // 5.7.800 (microsoft)
    [
        "Accès refusé, domaine d'expéditeur banni",
        "Microsoft 365 a banni le domaine utilisé dans `EHLO`, `MAIL FROM` ou `From`, parce qu'il a servi à envoyer du spam.",
        "Exchange Online l'envoie pour les messages dont le domaine d'expéditeur figure sur sa liste de bannissement.",
        "Mettez fin au spam venant de ce domaine, puis contactez l'assistance Microsoft pour rétablir la capacité d'envoi du domaine.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Refusé par une règle de flux de messagerie",
        "Une règle de flux de messagerie (règle de transport) du serveur Exchange a refusé le message. Exchange n'utilise un code de cette plage que si l'action de rejet de la règle en précise un ; sinon, le même refus arrive avec `5.7.1`.",
        "Exchange l'envoie dans un avis de non-remise lorsqu'un message correspond à une règle de rejet définie par un administrateur, par exemple une règle visant certains expéditeurs, certains mots ou certaines pièces jointes.",
        "L'expéditeur ne changera rien au résultat en renvoyant le message. Demandez à l'administrateur Exchange du destinataire quelle règle a refusé le message ; le texte qui suit le code est celui qui a été défini lors de la création de la règle.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES abandonne un message refusé de cette façon au lieu de le mettre en file d'attente : c'est donc à l'application d'envoi de le réessayer elle-même, en attendant un peu plus longtemps avant chaque nouvelle tentative.",
    // amazon_ses.daily_quota
    "Le compte a épuisé le nombre de messages qu'Amazon SES l'autorise à envoyer en 24 heures. L'envoi redevient possible à mesure que la fenêtre glissante de 24 heures avance, ou une fois le quota relevé dans la console SES.",
    // amazon_ses.identity_not_verified
    "Amazon SES compare les adresses From, Source, Sender et Return-Path aux identités vérifiées dans la même Région AWS ; tant que le compte est dans l'environnement de test (sandbox), chaque destinataire doit lui aussi être vérifié.",
    // amazon_ses.credentials_invalid
    "Amazon SES attend ses propres identifiants SMTP, qui ne sont pas les clés d'accès AWS du compte : créez des identifiants SMTP dans la console SES et utilisez-les.",
    // amazon_ses.account_not_subscribed
    "Le compte AWS auquel appartiennent ces identifiants SMTP n'est pas inscrit à Amazon SES.",
    // amazon_ses.iam_not_authorized
    "La connexion a réussi, mais la politique IAM ou la politique d'autorisation d'envoi de l'utilisateur associé aux identifiants SMTP ne permet pas d'envoyer par le point de terminaison SMTP de SES.",
    // amazon_ses.sending_paused
    "Amazon SES a suspendu l'envoi pour tout le compte AWS, généralement après un examen de ses taux de non-remise ou de plaintes, et en a informé l'adresse e-mail du compte AWS.",
    // amazon_ses.message_too_long
    "L'interface SMTP de SES refuse un message qui dépasse la taille maximale documentée par Amazon SES pour le compte : réduisez la taille des pièces jointes ou retirez-les.",
    // amazon_ses.timeout_waiting_for_data
    "Trop de temps s'est écoulé entre les commandes du client, et le serveur SMTP de SES a donc fermé la connexion.",
    // amazon_ses.temporary_auth_failure
    "Amazon SES a lui-même rencontré un problème en vérifiant les identifiants SMTP : patientez un peu et réessayez avant de modifier quoi que ce soit.",
    // amazon_ses.global_suppression
    "Amazon SES n'a pas tenté la remise, car l'adresse figure sur la liste de suppression de SES après des échecs définitifs récents : retirez-la de vos listes au lieu de renvoyer le message.",
    // apple.spamhaus_dbl
    "Ici, c'est un domaine présent dans le message, par exemple dans un lien, qui figure sur la liste de blocage de domaines de Spamhaus, et non l'adresse IP d'envoi.",
    // apple.proofpoint_blocklist
    "Apple a refusé l'adresse IP d'envoi à cause de la liste de blocage de Proofpoint ; le lien de la réponse permet d'y rechercher l'adresse.",
    // barracuda.blocked_using_barracuda_reputation
    "L'adresse IP qu'indique un boîtier Barracuda peut provenir d'un champ d'en-tête `Received` et non du serveur qui s'est connecté : vérifiez de quelle adresse il s'agit avant de demander son retrait.",
    // barracuda.reputation_lookup_link
    "Le lien mène à la page de recherche de Barracuda Central pour l'adresse IP d'envoi, où l'on peut demander le retrait une fois la cause du spam corrigée.",
    // barracuda.ess_permanent_failure_blocked
    "Le service Barracuda du destinataire a refusé le message en vertu de l'une de ses politiques : blocage de l'expéditeur, filtre de contenu ou contrôle de réputation, par exemple. Seul l'administrateur du destinataire peut voir la raison dans le journal des messages de Barracuda.",
    // cisco.poor_reputation
    "L'adresse IP d'envoi a un mauvais score de réputation SenderBase (Talos) : la table d'accès des hôtes du boîtier la place donc dans son groupe d'expéditeurs bloqués. L'administrateur du destinataire peut ajouter l'expéditeur à un groupe d'expéditeurs autorisés.",
    // comcast.es000001
    "Comcast n'accepte pas le courrier envoyé directement depuis ses propres adresses résidentielles : ses clients doivent passer par `smtp.comcast.net`, et ce blocage ne peut pas être levé.",
    // comcast.es000010
    "Comcast considère l'adresse d'envoi comme dynamique ou résidentielle, généralement parce que son nom DNS inverse ne suit pas le schéma de nommage d'une adresse fixe.",
    // comcast.bl000001
    "L'adresse d'envoi figure sur la liste Spamhaus ZEN ; le retrait se demande auprès de Spamhaus.",
    // comcast.bl000010
    "L'adresse d'envoi est répertoriée par Cloudmark CSI ; le retrait se demande auprès de Cloudmark.",
    // comcast.bl000011
    "L'adresse d'envoi figure à la fois sur Spamhaus ZEN et dans les listes de Cloudmark CSI.",
    // comcast.bl000100
    "L'adresse d'envoi figure sur la liste de blocage SenderScore.",
    // comcast.bl000101
    "L'adresse d'envoi figure à la fois sur la liste Spamhaus ZEN et sur la liste de blocage SenderScore.",
    // comcast.bl000110
    "L'adresse d'envoi figure sur la liste de blocage SenderScore et dans les listes de Cloudmark CSI.",
    // comcast.bl006
    "Dans cet ancien code, Comcast désigne la liste SBL ou XBL de Spamhaus ; le retrait se demande auprès de Spamhaus.",
    // comcast.bl007
    "Dans cet ancien code, Comcast désigne Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast limite le nombre de connexions simultanées depuis une même adresse d'envoi (25 d'après sa page destinée aux postmasters).",
    // comcast.reverse_dns_failure
    "Comcast exige un DNS inverse valide pour chaque adresse d'envoi. Cette réponse est temporaire, car la résolution n'a peut-être échoué que momentanément : on peut donc réessayer.",
    // courier.sender_domain_does_not_exist
    "Courier a vérifié le domaine de l'adresse `MAIL FROM` (l'option `BOFHCHECKDNS` étant activée) et a constaté qu'il n'existe pas dans le DNS : c'est le domaine de l'expéditeur qui est en cause, et non celui du destinataire.",
    // courier.sender_mx_violates_rfc1035
    "Les enregistrements MX du domaine de l'expéditeur pointent vers des adresses IP au lieu de noms d'hôte, ce que le DNS n'autorise pas. L'administrateur de l'expéditeur doit les faire pointer vers des noms d'hôte.",
    // courier.unicode_to_non_unicode
    "Le message ou ses adresses exigent `SMTPUTF8`, que le serveur destinataire ne propose pas. Envoyez depuis ou vers une adresse en ASCII simple, ou demandez à l'administrateur du destinataire d'activer `SMTPUTF8`.",
    // exchange_server.bad_outbound_sender
    "Sur Exchange Server, cela signifie généralement que l'expéditeur a dépassé une limite de débit de messages, par exemple une application qui relaie de nombreux messages par Exchange. L'administrateur peut relever la limite sur le connecteur de réception ou créer un connecteur de relais pour l'application.",
    // exchange_server.single_label_domain
    "L'adresse du destinataire a un domaine sans point (comme `contoso` au lieu de `contoso.com`), ce que les connecteurs de réception d'Exchange refusent par défaut.",
    // exchange_server.too_many_related_errors
    "Exchange a jugé le message mal formé et l'a déplacé dans la file d'attente des messages incohérents, où un administrateur peut l'examiner.",
    // exchange_server.abp_routing
    "L'agent de routage des stratégies de carnet d'adresses est activé, et le destinataire ne figure pas dans la liste d'adresses de la stratégie de carnet d'adresses de l'expéditeur : les deux ne peuvent donc pas s'écrire.",
    // exchange_server.unrecognized_command_internal
    "Entre serveurs Exchange, cela indique qu'un connecteur de réception destiné au courrier interne n'a pas la méthode d'authentification Exchange Server ; l'administrateur doit corriger les paramètres d'authentification du connecteur.",
    // exchange_server.system_incorrectly_configured
    "C'est ainsi qu'Exchange signale une boucle de messagerie, généralement lorsque le FQDN défini sur un connecteur de réception est identique à celui d'un autre serveur ou appareil du flux de messagerie.",
    // exchange_server.exchange_authentication
    "Un pare-feu ou un autre appareil placé entre des serveurs Exchange bloque la commande `X-EXPS` dont l'authentification Exchange Server a besoin, ou le courrier interne passe par un connecteur qui n'est pas configuré pour cette authentification.",
    // exim.retry_time_not_reached
    "Exim n'a pas essayé les hôtes cette fois-ci, car des tentatives précédentes vers eux ont échoué et le délai avant la prochaine tentative n'est pas encore écoulé ; il garde le message et réessaiera plus tard. Le premier échec figure dans le journal d'Exim.",
    // exim.lines_too_long_for_transport
    "Le message contient une ligne plus longue que la limite `message_linelength_limit` du transport SMTP (998 caractères par défaut) : Exim ne l'enverra donc pas tel quel. Le programme d'envoi doit couper les lignes longues ou utiliser un encodage de transfert comme quoted-printable ou base64.",
    // exim.host_lookup_did_not_complete
    "La requête DNS pour le domaine du destinataire a expiré ou a échoué pour l'instant ; Exim diffère le message et réessaiera.",
    // exim.mx_no_smtp_service
    "Le domaine publie un enregistrement MX qui pointe vers `.` (un MX nul), ce qui signifie qu'il n'accepte aucun courrier.",
    // fastmail.relay_access_denied
    "Chez Fastmail, cela signifie généralement que le logiciel de messagerie ne s'authentifie pas auprès du serveur sortant de Fastmail : activez l'authentification SMTP dans ses paramètres.",
    // fastmail.content_rejected
    "Fastmail utilise cette réponse pour un message qui contient probablement un virus ou qui a déjà été signalé comme spam ; une pièce jointe prise à tort pour un virus peut passer si elle est envoyée dans un fichier zip.",
    // fastmail.access_denied
    "Fastmail a bloqué l'expéditeur ou le destinataire, par exemple après des signalements de spam ou par ses systèmes de lutte contre les abus. Un logiciel de messagerie mal configuré peut aussi en être la cause ; la suite du texte de l'avis de non-remise en dit plus.",
    // fastmail.address_locked
    "Le compte Fastmail associé à l'adresse est verrouillé ou désactivé : il ne reçoit plus de courrier tant que son titulaire n'a pas réglé la situation avec l'assistance de Fastmail.",
    // free.spam_detected
    "Si vous n'avez pas envoyé le message refusé, quelqu'un a peut-être usurpé votre adresse, et Free a refusé son spam.",
    // free.ip_blocked
    "Free bloque une adresse pendant 24 heures au plus, selon la quantité de spam ou d'erreurs venue de cette adresse, puis lève le blocage de lui-même ; même après une correction, l'adresse peut de nouveau être bloquée pendant 24 à 48 heures.",
    // gmx.ip_block_listed
    "La dernière ligne de la réponse renvoie vers une page postmaster de GMX consacrée à ce cas, qui explique l'inscription sur la liste et propose un moyen de contacter GMX.",
    // gmx.too_many_messages
    "Réessayez dans quelques heures en envoyant plus lentement ; si cela ne suffit pas, contactez l'équipe postmaster de WEB.DE.",
    // gmx.spf_policy
    "Les serveurs de transfert qui conservent le `MAIL FROM` d'origine échouent à ce contrôle ; WEB.DE leur conseille d'utiliser SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "GMX et WEB.DE utilisent aussi ce texte pour une boîte aux lettres désactivée après une longue période d'inactivité.",
    // gmx.policy_ip_based
    "Lorsqu'une forte proportion du courrier venant d'une adresse IP est classée comme spam, WEB.DE refuse pendant un certain temps tout le courrier de cette adresse.",
    // gmx.policy_domain_based
    "Pour WEB.DE, le domaine de l'expéditeur est une source de spam connue.",
    // gmx.policy_header_based
    "Les informations d'en-tête du message ne respectent pas les normes ou la politique de messagerie de WEB.DE, ou ne paraissent pas plausibles.",
    // gmx.syntax_error_configuration
    "GMX et WEB.DE utilisent ce texte lorsque la configuration du serveur d'envoi enfreint leurs règles ; son administrateur doit corriger la configuration, puis demander à GMX ou à WEB.DE de lever le blocage.",
    // gmx.ionos_policy_violations
    "IONOS bloque les adresses IP d'envoi dont le taux de remise est mauvais, surtout à cause d'envois vers de nombreuses adresses inexistantes, et ralentit les serveurs dont le nom `HELO` change sans cesse. Nettoyez la liste d'adresses et utilisez un nom `HELO` fixe.",
    // godaddy.ib401_auth_on_inbound
    "Les serveurs de réception de GoDaddy n'acceptent pas d'authentification : le logiciel de messagerie est réglé sur le mauvais serveur sortant et doit utiliser `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy a refusé le message parce que son champ From est vide.",
    // godaddy.ib502_ip_as_from
    "GoDaddy refuse les messages dont l'adresse From utilise une adresse IP au lieu d'un domaine.",
    // godaddy.ib506_from_domain_invalid
    "Le domaine From n'a pas d'enregistrement MX ou d'adresse utilisable, ou sa résolution DNS a échoué : corrigez la zone DNS du domaine avant de renvoyer le message.",
    // godaddy.ib508_invalid_spf
    "L'enregistrement SPF du domaine de l'expéditeur n'autorise pas le serveur qui a envoyé le message : ajoutez ce serveur à l'enregistrement SPF.",
    // godaddy.ib212_spam_content
    "Un lien, une pièce jointe ou un motif du message a déclenché les filtres antispam de GoDaddy.",
    // godaddy.ib007_too_many_sessions
    "L'adresse IP d'envoi a trop de sessions SMTP ouvertes en même temps chez GoDaddy.",
    // godaddy.ib101_server_busy
    "La file d'attente de messagerie de GoDaddy traite plus de courrier que d'habitude : réessayez plus tard.",
    // godaddy.ib110_spam_block_hour
    "L'adresse IP d'envoi a envoyé trop de messages que GoDaddy a jugés comme du spam, et elle est bloquée pendant une heure.",
    // godaddy.ib111_spam_block_day
    "L'adresse IP d'envoi a envoyé trop de messages que GoDaddy a jugés comme du spam, et elle est bloquée jusqu'à la fin de la journée.",
    // godaddy.ib112_invalid_recipients_hour
    "L'adresse IP d'envoi a tenté de joindre trop d'adresses inexistantes, et elle est bloquée pendant une heure.",
    // godaddy.ib113_invalid_recipients_day
    "L'adresse IP d'envoi a tenté de joindre trop d'adresses inexistantes, et elle est bloquée jusqu'à la fin de la journée.",
    // godaddy.ib510_messages_per_session
    "La session a atteint le nombre maximal de messages fixé par GoDaddy : ouvrez une nouvelle connexion pour les messages restants.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy a refusé la connexion parce que l'adresse IP d'envoi a une mauvaise réputation auprès de Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "L'adresse IP d'envoi figure sur la Spamhaus Block List (SBL) ; le retrait se demande auprès de Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "L'adresse IP d'envoi figure sur la Spamhaus Exploits Block List (XBL) ; le retrait se demande auprès de Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "L'adresse IP d'envoi figure sur la Spamhaus Policy Block List (PBL) ; le retrait se demande auprès de Spamhaus.",
    // godaddy.rbl_reject
    "L'adresse IP d'envoi figure sur la propre liste de blocage de GoDaddy : utilisez le lien de l'avis de non-remise pour demander à GoDaddy de la retirer.",
    // godaddy.account_disabled
    "Selon GoDaddy, ces comptes restent généralement désactivés définitivement.",
    // google.dmarc_policy_rejection
    "Gmail indique le domaine `From` dont la politique DMARC a refusé le message : c'est l'administrateur de ce domaine qu'il faut contacter.",
    // google.spf_hard_fail
    "Le domaine de l'expéditeur de l'enveloppe publie un enregistrement SPF qui se termine par `-all` et l'adresse IP d'envoi n'y figure pas : Gmail refuse donc le message d'emblée.",
    // google.spf_or_dkim_required
    "Gmail exige de tous les expéditeurs, et pas seulement des expéditeurs de masse, qu'ils réussissent au moins l'une des vérifications SPF ou DKIM ; la réponse indique le résultat de chacune.",
    // google.spf_suspicious_entries
    "Gmail conteste l'enregistrement SPF lui-même : l'administrateur du domaine doit donc le revoir et le nettoyer.",
    // google.spf_did_not_pass
    "Gmail utilise `7.27` pour dire que le message n'a pas réussi SPF, et non au sens officiellement enregistré d'un domaine d'expéditeur doté d'un MX nul.",
    // google.dkim_did_not_pass
    "Gmail utilise `7.30` pour dire que le message n'a pas réussi DKIM, et non au sens officiellement enregistré d'une prise en charge obligatoire de `REQUIRETLS`.",
    // google.unauthenticated
    "Gmail envoie `7.26` lorsque ni SPF ni DKIM n'a réussi ; si le texte nomme plutôt une politique DMARC, c'est la règle DMARC qui s'applique.",
    // google.not_sent_over_tls
    "Gmail utilise `7.29` pour dire que le message n'est pas arrivé par une connexion chiffrée, et non au sens officiellement enregistré d'un échec de validation ARC. Le serveur d'envoi doit utiliser `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "L'administrateur Google Workspace du destinataire exige une remise chiffrée pour le domaine : le serveur d'envoi doit donc utiliser `STARTTLS`.",
    // google.ipv6_guidelines
    "En IPv6, Gmail exige à la fois un enregistrement PTR cohérent pour l'adresse d'envoi et la réussite de la vérification SPF ou DKIM.",
    // google.ptr_rate_limited
    "Gmail utilise `4.7.23` pour une adresse IP d'envoi sans enregistrement PTR, ou dont le nom ne renvoie pas à cette même adresse, et non au sens officiellement enregistré d'un échec SPF.",
    // google.same_message_id_quota
    "Gmail limite le nombre de copies qu'il accepte avec un même `Message-ID` : chaque message envoyé doit avoir son propre `Message-ID`.",
    // google.unsolicited_rate_limited
    "Gmail utilise `4.7.28` lorsque le courrier venant de votre adresse IP, de votre plage d'adresses IP, de votre domaine DKIM ou SPF, ou contenant l'un de vos domaines de liens, paraît non sollicité dans des proportions inhabituelles ; il le diffère alors pendant un certain temps.",
    // google.ip_not_in_whitelist
    "Le domaine Google Workspace du destinataire n'accepte le courrier que des adresses IP autorisées par son administrateur.",
    // google.not_authorized_to_send_directly
    "Gmail n'accepte pas le courrier envoyé directement depuis cette adresse IP : passez plutôt par le relais de votre fournisseur.",
    // google.receiving_too_quickly
    "Gmail utilise `4.2.1` pour un destinataire qui reçoit du courrier plus vite qu'il ne l'accepte, ou pour un client Workspace qui dépasse son débit de relais maximal, et non pour une boîte aux lettres désactivée.",
    // google.daily_relay_limit
    "La limite s'applique par utilisateur ou par client Workspace sur `smtp-relay.gmail.com` ; l'administrateur Workspace trouve ces limites dans les paramètres du relais SMTP.",
    // google.daily_quota_code
    "Gmail utilise `5.4.5` pour un compte ou un relais qui a atteint sa limite d'envoi quotidienne, et non pour un système de messagerie saturé.",
    // google.inbox_out_of_storage
    "L'espace de stockage de Gmail est partagé avec Google Drive et Google Photos : le destinataire peut libérer de la place dans n'importe lequel de ces services.",
    // google.custom_domain_policy
    "`gcdp` signifie que c'est une règle rédigée par un administrateur Google Workspace qui a refusé le message, et non les filtres de Gmail eux-mêmes ; seul cet administrateur peut en expliquer la raison ou la modifier.",
    // google.web_login_required
    "Gmail utilise `5.7.14` lorsque le titulaire du compte doit d'abord se connecter dans un navigateur web pour que le logiciel de messagerie puisse s'authentifier, et non au sens officiellement enregistré d'une relation de confiance manquante.",
    // google.mail_relay_denied
    "Pour `smtp-relay.gmail.com`, l'administrateur Workspace doit enregistrer l'adresse IP de l'appareil qui envoie dans les paramètres du relais SMTP, ou faire en sorte que l'appareil s'authentifie avec `AUTH`.",
    // google.invalid_credentials_for_relay
    "L'adresse IP enregistrée n'appartient pas au domaine d'où provient le message : le serveur d'envoi doit s'authentifier avec `AUTH` ou indiquer l'un des domaines Workspace dans `HELO` ou `EHLO`.",
    // google.mail_sending_denied
    "Le compte d'envoi est suspendu ou n'est pas un utilisateur du domaine Google Workspace auquel appartiennent les paramètres du relais.",
    // haraka.early_talker
    "Le module early_talker de Haraka attend un moment avant de répondre et déconnecte les clients qui envoient des données avant d'avoir reçu sa réponse. Un client conforme attend chaque réponse avant d'envoyer la commande suivante.",
    // haraka.no_mx_for_from
    "Le domaine de l'adresse `MAIL FROM` n'a aucun enregistrement MX menant à une adresse utilisable : les réponses et les avis de non-remise ne pourraient donc pas lui parvenir. L'administrateur de l'expéditeur doit publier des enregistrements MX qui fonctionnent.",
    // haraka.ssl_on_plain_socket
    "Le client a commencé une négociation TLS sur un port qui attend du SMTP en clair. Utilisez `STARTTLS` sur ce port, ou connectez-vous au port prévu pour le TLS implicite (généralement `465`).",
    // haraka.spoofed_mail_from
    "L'adresse `MAIL FROM` utilise un domaine pour lequel ce serveur Haraka achemine le courrier, mais le client n'a pas le droit de relayer par lui (par exemple parce qu'il ne s'est pas authentifié). Les expéditeurs de ce domaine doivent envoyer par leur propre serveur avec `AUTH`.",
    // haraka.split_transaction
    "Le domaine de ce destinataire passe par un autre prochain saut que les destinataires déjà acceptés ; le client doit remettre le message à ces derniers, puis envoyer ce destinataire dans une nouvelle transaction.",
    // haraka.credential_leak
    "Le corps du message contient le nom d'utilisateur et le mot de passe avec lesquels l'expéditeur s'est authentifié : Haraka a donc refusé de l'envoyer. Retirez ces identifiants du message avant de l'envoyer.",
    // mail_ru.spam_message_rejected
    "La réponse renvoie vers la page d'aide antispam de Mail.ru et donne un code d'erreur et un identifiant : citez-les lorsque vous demandez à Mail.ru de réexaminer un message légitime.",
    // mail_ru.dmarc_policy
    "Une cause fréquente est un site web ou un script qui envoie avec une adresse Mail.ru dans `From` en passant par son propre serveur : envoyez plutôt depuis une adresse de votre propre domaine.",
    // mail_ru.dynamic_ips
    "Mail.ru refuse le courrier envoyé directement depuis des adresses qu'il classe comme dynamiques, comme celles des connexions domestiques : passez par un serveur de messagerie doté d'une adresse fixe et d'un DNS inverse correct, ou par votre fournisseur.",
    // mail_ru.sending_disabled
    "Mail.ru a bloqué l'envoi depuis ce compte, généralement parce qu'il soupçonne que le mot de passe a été volé et utilisé pour du spam. Changez ou récupérez le mot de passe et confirmez que la boîte aux lettres vous appartient pour pouvoir envoyer de nouveau.",
    // mailgun.previously_bounced
    "Mailgun n'a pas tenté la remise, car l'adresse figure sur la liste de suppression des non-remises du domaine d'envoi après un échec définitif antérieur ; ne retirez cette suppression que si vous savez que l'adresse fonctionne de nouveau.",
    // mailgun.unsubscribed
    "Le destinataire s'est désabonné, et Mailgun n'envoie donc plus à cette adresse ; ne la retirez de la liste Suppressions que si le destinataire donne de nouveau son accord.",
    // mailgun.marked_as_spam
    "Le destinataire a signalé un message précédent comme spam, et Mailgun n'envoie donc plus à cette adresse ; ne la retirez de la liste Suppressions que si le destinataire donne de nouveau son accord.",
    // mailgun.sandbox_domain
    "Un domaine sandbox de Mailgun n'envoie qu'aux destinataires autorisés (Authorized Recipients) qui ont accepté l'invitation : ajoutez votre propre domaine, ou ajoutez l'adresse comme destinataire autorisé.",
    // mailgun.free_account
    "Un compte Mailgun gratuit ne peut envoyer qu'aux destinataires autorisés (Authorized Recipients) : passez à une offre supérieure ou ajoutez l'adresse comme destinataire autorisé.",
    // mailgun.domain_unverified
    "Mailgun n'envoie rien pour un domaine tant que ses enregistrements DNS ne sont pas vérifiés : publiez les enregistrements affichés dans le panneau de configuration de Mailgun, puis relancez la vérification du domaine.",
    // mailgun.domain_limit_exceeded
    "Le domaine d'envoi a dépassé une limite de Mailgun sur le nombre de requêtes, d'octets ou de destinataires ; la réponse indique l'heure à partir de laquelle il pourra de nouveau envoyer.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online utilise `5.1.10` pour un destinataire que sa recherche d'adresse n'a pas trouvé, et non pour un MX nul comme le fait le registre de l'IANA.",
    // microsoft.dbeb_recipient_rejected
    "Il s'agit du blocage périmétrique basé sur l'annuaire (Directory Based Edge Blocking) : Exchange Online Protection refuse les destinataires absents de l'annuaire de l'organisation destinataire.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft cite comme causes habituelles un enregistrement MX qui pointe vers le mauvais serveur, un domaine absent des domaines acceptés, ou des modifications DNS encore en cours de propagation.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online réutilise `5.2.2` pour un expéditeur qui dépasse sa limite de messages ou de destinataires, et non pour une boîte aux lettres pleine ; cela peut être le signe d'un compte compromis.",
    // microsoft.recipient_thread_limit_4_3_2
    "La boîte aux lettres du destinataire reçoit trop de messages à la fois et Exchange la limite volontairement ; les nouvelles tentatives aboutissent plus tard.",
    // microsoft.queue_expired
    "Exchange Online réessaie pendant 24 heures avant d'envoyer cet avis de non-remise ; les reports précédents indiquent la véritable cause.",
    // microsoft.ambiguous_recipient
    "Plusieurs objets de l'annuaire partagent l'adresse du destinataire, souvent après une migration ou une synchronisation hybride ; l'administrateur du destinataire doit supprimer l'adresse en double.",
    // microsoft.sender_denied_5_1_0
    "Malgré la formulation, Exchange Online veut dire que le destinataire n'a pas pu être résolu, souvent lors d'une réponse à un message enregistré comme fichier : vérifiez l'adresse du destinataire.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 a bloqué le compte d'envoi pour spam, généralement parce qu'il a été compromis ; l'administrateur doit le sécuriser avant qu'il puisse envoyer de nouveau.",
    // microsoft.delivery_not_authorized
    "Il s'agit généralement d'un groupe qui n'accepte le courrier que de ses membres ou d'expéditeurs autorisés, ou d'une règle de flux de messagerie de l'organisation du destinataire.",
    // microsoft.blocklist_1
    "Il s'agit de la propre liste de blocage de Microsoft ; Microsoft demande aux expéditeurs listés d'utiliser son portail de retrait (delist portal) ou de transférer l'avis de non-remise à son adresse dédiée aux demandes de retrait.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online utilise `5.7.12` pour un destinataire qui refuse le courrier venant de l'extérieur de son organisation, et non pour une transition de mot de passe comme le fait le registre de l'IANA.",
    // microsoft.public_folder_5_7_13
    "Exchange Online utilise `5.7.13` pour un dossier public qui refuse les expéditeurs externes, et non pour un compte désactivé comme le fait le registre de l'IANA.",
    // microsoft.mta_sts_certificate
    "Le certificat de la destination doit remonter à une autorité racine de confiance et désigner l'hôte indiqué dans la politique MTA-STS du domaine.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 n'accepte du courrier anonyme en IPv6 que si SPF ou DKIM réussit.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 exige un enregistrement PTR pour chaque adresse IPv6 qui lui envoie du courrier.",
    // microsoft.customer_block_list
    "C'est l'organisation destinataire elle-même qui a bloqué l'adresse IP : elle seule peut donc supprimer l'entrée.",
    // microsoft.as345_nested_attachments
    "Microsoft associe ce refus aux pièces jointes imbriquées, par exemple un message joint qui contient lui-même des pièces jointes.",
    // microsoft.x_dg_ref_header
    "Microsoft associe ce refus aux messages au format texte enrichi (Rich Text) ; les envoyer en HTML ou en texte brut permet de l'éviter.",
    // mimecast.spf_sender_invalid
    "Mimecast refuse le message, car l'adresse IP qui se connecte ne figure pas dans l'enregistrement `SPF` du domaine d'envoi. L'administrateur de l'expéditeur doit ajouter tous les serveurs d'envoi à `SPF` ; l'administrateur Mimecast du destinataire peut, à la place, assouplir le réglage `SPF` entrant de sa politique DNS Authentication.",
    // mimecast.dkim_sender_invalid
    "La signature `DKIM` sortante de Mimecast ne correspond pas à la clé publiée dans le DNS. Vérifiez que la clé publique du DNS, ainsi que la clé privée, le domaine et le sélecteur indiqués dans la politique DNS Authentication, vont bien ensemble.",
    // mimecast.internal_resources_unavailable
    "Mimecast utilise cette réponse pour la mise en liste grise, qu'un serveur normal franchit en réessayant, mais aussi pour une adresse IP d'envoi de mauvaise réputation. L'administrateur du destinataire peut exempter l'expéditeur avec une politique Auto Allow ou Permitted Senders.",
    // mimecast.local_ct_ip_reputation
    "Les contrôles de réputation continus de Mimecast ont refusé l'adresse IP d'envoi, souvent après des refus temporaires antérieurs. L'administrateur du destinataire peut laisser passer l'expéditeur avec une politique Auto Allow ou Permitted Senders, et Mimecast propose un formulaire pour demander le réexamen de la plage d'adresses IP.",
    // mimecast.sender_address_blocked
    "Une politique Blocked Senders du compte Mimecast du destinataire correspond à l'expéditeur ; seul l'administrateur de ce compte peut supprimer l'entrée.",
    // mimecast.account_service_unavailable
    "Le compte Mimecast a trop de connexions entrantes ouvertes en même temps (20 par défaut). Réessayez plus tard, et n'envoyez pas à Mimecast de courrier sortant ou de journalisation depuis une adresse IP qui n'est pas autorisée pour cela.",
    // mimecast.maximum_email_size_exceeded
    "Le message dépasse la taille fixée par une politique Email Size Limit ou la limite propre à Mimecast. L'encodage rend un message bien plus volumineux que ses pièces jointes : gardez donc une large marge.",
    // mimecast.mail_loop_detected
    "Mimecast refuse un message une fois qu'il a franchi 25 sauts. Cherchez des règles de transfert entre les adresses concernées.",
    // mimecast.open_relay_not_allowed
    "Ni le domaine de l'expéditeur ni celui du destinataire n'appartient à un compte Mimecast, ou l'adresse IP qui se connecte n'est pas une adresse sortante autorisée. Un client Mimecast doit demander à l'assistance Mimecast d'ajouter l'adresse sortante autorisée.",
    // mimecast.account_inbounds_disabled
    "Le courrier entrant est désactivé pour l'ensemble du compte Mimecast de l'organisation du destinataire. Son administrateur doit demander à l'assistance Mimecast de rétablir le trafic entrant.",
    // mimecast.account_outbounds_disabled
    "Le courrier sortant est désactivé pour le compte Mimecast de l'organisation qui envoie. Son administrateur doit demander à l'assistance Mimecast de rétablir le trafic sortant.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "Une politique Anti-Spoofing a arrêté un message venu de l'extérieur qui se réclame d'une adresse du propre domaine du destinataire. Un service d'envoi légitime a besoin d'une politique Anti-Spoofing qui ne prend aucune mesure pour son adresse ou son adresse IP.",
    // mimecast.header_based_anti_spoofing
    "Une politique Anti-Spoofing a arrêté un message venu de l'extérieur qui se réclame d'une adresse du propre domaine du destinataire. Un service d'envoi légitime a besoin d'une politique Anti-Spoofing qui ne prend aucune mesure pour son adresse ou son adresse IP.",
    // mimecast.content_examination_policy
    "Une politique Content Examination du compte du destinataire s'est appliquée au message. L'administrateur de ce compte peut ajuster la politique ou ajouter une politique Content Examination Bypass.",
    // mimecast.host_network_not_allowed
    "Une politique Geographical Restriction refuse le courrier venant du réseau ou du pays du serveur d'envoi ; seul l'administrateur du destinataire peut la modifier.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast envoie cette réponse lorsque l'adresse ou le domaine de l'expéditeur correspond à une politique Blocked Senders, ou lorsque `SPF` échoue de façon stricte (hard fail). L'administrateur du destinataire peut modifier la politique pour en exclure l'expéditeur.",
    // mimecast.envelope_blocked_user_entry
    "Le destinataire a bloqué l'adresse de l'expéditeur dans sa liste personnelle Managed Senders. Le destinataire ou son administrateur doit supprimer l'entrée.",
    // mimecast.envelope_blocked_user_domain_entry
    "Le destinataire a bloqué le domaine de l'expéditeur dans sa liste personnelle Managed Senders. Le destinataire ou son administrateur doit supprimer l'entrée.",
    // mimecast.manually_blocked_senders
    "L'expéditeur figure sur une liste de blocage personnelle du destinataire. Le destinataire ou son administrateur doit supprimer l'entrée dans Managed Senders.",
    // mimecast.blocked_senders_header_from
    "Une politique Blocked Senders s'est appliquée à l'adresse de l'en-tête `From`. Seul l'administrateur du destinataire peut modifier ou supprimer la politique.",
    // mimecast.blocked_senders_envelope_from
    "Une politique Blocked Senders s'est appliquée à l'expéditeur de l'enveloppe (`MAIL FROM`). Seul l'administrateur du destinataire peut modifier ou supprimer la politique.",
    // mimecast.incorrect_authentication_data
    "La soumission à Mimecast sur le port `587` exige l'adresse d'un utilisateur interne et son mot de passe cloud Mimecast.",
    // mimecast.route_requires_tls
    "Une politique Secure Receipt ou Secure Delivery exige `TLS`. Activez `STARTTLS` et des certificats valides sur le serveur d'envoi, et vérifiez qu'aucun pare-feu ni proxy n'altère le chiffrement.",
    // mimecast.route_requires_tls12
    "Le serveur d'envoi a proposé une version de `TLS` antérieure à 1.2, ce qu'une politique Secure Receipt ou Secure Delivery refuse.",
    // mimecast.route_requires_high_strength_ciphers
    "Les suites de chiffrement proposées par le serveur d'envoi sont plus faibles que ce qu'autorise une politique Secure Receipt ou Secure Delivery.",
    // mimecast.unable_to_process_connection
    "Le serveur Mimecast est à sa charge maximale ; le serveur d'envoi n'a qu'à réessayer.",
    // mimecast.message_ended_early
    "Le message ne s'est pas terminé correctement, souvent parce qu'une fonction de pare-feu comme le SMTP fixup de Cisco ou MailGuard a modifié la session. Désactivez ce type d'inspection SMTP du côté de l'expéditeur.",
    // mimecast.too_many_recipients
    "Mimecast accepte au plus 100 destinataires par message et demande que les autres soient envoyés dans une autre transaction. Les fonctions d'inspection SMTP des pare-feu qui ne transmettent pas cette réponse doivent être désactivées.",
    // mimecast.outbound_thread_limit
    "Le compte a trop de connexions sortantes en même temps : envoyez par lots plus petits.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast a trouvé une signature de virus ou un score de spam supérieur à sa limite. Les contrôles antispam peuvent être contournés par une politique Permitted Senders ou Auto Allow du destinataire, mais pas les contrôles antivirus ; Mimecast propose aussi un formulaire Sender Feedback.",
    // naver.no_such_user
    "La réponse renvoie vers la page d'aide de Naver sur les messages retournés ; la partie de l'adresse qui précède `@naver.com` n'existe pas.",
    // opensmtpd.no_mx_found
    "OpenSMTPD n'a trouvé aucun enregistrement MX ou d'adresse utilisable pour le domaine du destinataire. Il considère cela comme temporaire et continue de réessayer jusqu'à l'expiration du message : vérifiez donc que le domaine ne comporte pas de faute de frappe avant d'attendre.",
    // opensmtpd.domain_does_not_accept_mail
    "Le domaine du destinataire publie un MX nul, un enregistrement qui indique qu'il ne reçoit aucun courrier.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD utilise ce texte avec `X.2.4` pour tout échec survenu lors de la résolution du destinataire par des alias ou un fichier `~/.forward`, et pas seulement pour les listes de diffusion. L'administrateur du serveur doit vérifier ces fichiers et le journal du serveur.",
    // orange.abusix_listed
    "Le code 100 signifie que l'adresse d'envoi est répertoriée par Abusix ; vérifiez-la sur lookup.abusix.com.",
    // orange.spamhaus_listed
    "Le code 101 signifie que l'adresse d'envoi est répertoriée par Spamhaus ; vérifiez-la sur check.spamhaus.org.",
    // orange.cloudmark_listed
    "Le code 102 signifie que l'adresse d'envoi est répertoriée par Cloudmark ; demandez une réinitialisation sur csi.cloudmark.com.",
    // orange.orange_blocklist
    "Le code 103 signifie qu'Orange a lui-même bloqué l'adresse d'envoi ; utilisez le formulaire de contact d'Orange et choisissez l'option consacrée aux problèmes de délivrabilité.",
    // orange.too_many_connections
    "Orange recommande au plus 2 connexions simultanées par adresse d'envoi.",
    // orange.missing_ptr
    "Orange exige pour l'adresse d'envoi un enregistrement PTR dont le nom d'hôte renvoie à cette même adresse.",
    // orange.too_many_messages_per_connection
    "Orange recommande au plus 100 messages par connexion.",
    // orange.invalid_helo
    "Orange exige dans `HELO`/`EHLO` un nom d'hôte pleinement qualifié qui se résout dans le DNS.",
    // orange.sender_domain_dns
    "Orange n'a pas trouvé d'enregistrement A ou MX valide pour le domaine indiqué dans `MAIL FROM` ; après une modification DNS, attendez que les enregistrements en cache expirent.",
    // orange.sender_domain_listed
    "Le code 425 signifie que c'est le nom de domaine de l'expéditeur, et non l'adresse, qui est répertorié par Abusix ou Spamhaus.",
    // orange.suspected_spam
    "En cas de faux positif, Orange demande aux expéditeurs d'utiliser son formulaire de contact et de choisir l'option consacrée aux problèmes de délivrabilité.",
    // orange.ofr_999
    "Orange limite le débit d'un expéditeur avec le code 999 après un comportement inapproprié ; vérifiez ce qui est envoyé avant de reprendre à un rythme plus lent.",
    // outlook_com.required_authentication_level
    "Microsoft applique cette règle aux domaines qui envoient 5 000 messages ou plus à ses services grand public, et attend SPF, DKIM et une réussite DMARC alignée.",
    // outlook_com.block_list_s3140
    "Le retrait de cette liste de blocage d'Outlook.com se demande par le formulaire d'assistance aux expéditeurs de Microsoft pour la messagerie grand public, et non par le portail de retrait (delist portal) de Microsoft 365.",
    // outlook_com.block_list_s3150
    "Le retrait de cette liste de blocage d'Outlook.com se demande par le formulaire d'assistance aux expéditeurs de Microsoft pour la messagerie grand public, et non par le portail de retrait (delist portal) de Microsoft 365.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com diffère le courrier venant de cette adresse IP en raison de sa réputation et renvoie l'expéditeur vers `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft envoie `5.5.0` avec ces mots lorsqu'une adresse `@hotmail.com` ou `@outlook.com` est introuvable ; cela signifie la même chose que `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com refuse le courrier dont le domaine `From` échoue à DMARC et publie `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "Chez OVHcloud, cela peut aussi signifier que l'envoi est bloqué sur le compte après un soupçon de spam ; vérifiez l'état du compte dans l'espace client OVHcloud (Control Panel), où un changement de mot de passe ou un ticket d'assistance permet de le débloquer.",
    // ovh.bad_sequence_means_no_auth
    "Selon OVHcloud, cette réponse de ses serveurs signifie généralement que le logiciel de messagerie ne s'est pas authentifié auprès du serveur SMTP.",
    // ovh.unrecognised_address_arguments
    "Le serveur sortant d'OVHcloud n'a pas pu utiliser l'adresse From ou To indiquée ; OVHcloud rappelle aussi ses limites d'envoi de 200 messages par heure et par compte, et de 300 par heure et par adresse IP.",
    // ovh.missing_spf_dkim
    "OVHcloud conseille de publier un enregistrement SPF pour le domaine d'envoi et, si l'offre e-mail le permet, d'activer DKIM.",
    // ovh.queue_too_long
    "OVH conserve un message 24 heures dans sa file d'attente d'envoi ; si le serveur du destinataire reste injoignable pendant ce délai, le message revient avec ce texte.",
    // postfix.helo_host_not_found
    "Postfix envoie ce message pour `reject_unknown_helo_hostname` : le nom que le client a donné dans `HELO` ou `EHLO` n'a ni enregistrement d'adresse ni enregistrement MX. L'administrateur du serveur d'envoi doit le configurer pour qu'il annonce un nom qui se résout dans le DNS.",
    // postfix.helo_not_fqdn
    "Postfix envoie ce message pour `reject_non_fqdn_helo_hostname` : le client a annoncé dans `HELO` ou `EHLO` un nom seul, sans domaine. Le serveur d'envoi doit être configuré pour annoncer son nom d'hôte complet.",
    // postfix.multi_recipient_bounce
    "Lorsque `reject_multi_recipient_bounce` est activé, Postfix refuse un message à expéditeur vide (un avis de non-remise) qui a plus d'un destinataire, car les vrais avis de non-remise ne vont qu'à une seule adresse.",
    // postfix.insufficient_system_storage
    "Postfix répond `452 4.3.1` lorsque le système de fichiers de la file d'attente a moins d'espace libre que `queue_minfree` ou trop peu de place pour un message de la taille maximale autorisée ; le serveur d'envoi réessaie plus tard.",
    // postfix.undeliverable_address
    "Postfix a vérifié le destinataire avec `reject_unverified_recipient` en interrogeant le serveur suivant, et ce test a échoué ; la réponse de ce serveur suit les mots `undeliverable address`.",
    // postfix.dns_try_again
    "Échec DNS temporaire : les serveurs de noms du domaine n'ont pas répondu à temps ou ont renvoyé une erreur serveur. Postfix garde le message et réessaie ; si cela persiste, vérifiez les serveurs DNS du domaine.",
    // postfix.mailbox_file_too_large
    "Le fichier de boîte aux lettres local a atteint la limite `mailbox_size_limit` de Postfix (environ 50 Mo par défaut). Videz ou archivez la boîte aux lettres, ou relevez la limite dans `main.cf`.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` ou `postscreen`) coupe la connexion lorsque le client envoie quelque chose qui n'est pas une commande SMTP, comme une ligne d'en-tête du message, généralement parce que le client a commencé à envoyer le message sans `DATA`.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation a bloqué l'adresse IP d'envoi parce que du spam en est parti. Le blocage prend fin quelque temps après l'arrêt du spam ; pour demander un réexamen plus rapide, utilisez le formulaire indiqué dans la réponse en précisant qui était le destinataire et quel type de courrier a été bloqué.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "C'est l'ancienne forme du blocage de Proofpoint Dynamic Reputation ; les serveurs de messagerie iCloud d'Apple l'envoient aussi.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation ralentit ou bloque les adresses IP qui envoient du spam. Un ralentissement se dissipe de lui-même en quelques minutes ; un blocage dure jusqu'à ce que le spam cesse ou qu'une demande de réexamen soit acceptée.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials a inscrit le destinataire sur la liste des adresses non valides de sa fonction SMTP Discovery. Si la boîte aux lettres existe, l'administrateur du destinataire doit retirer l'adresse de cette liste.",
    // qmail.chkuser_security_policies
    "Le correctif chkuser envoie ce message dès qu'une session a fourni plus de destinataires inconnus ou mal formés que sa limite ne le permet, puis refuse tous les destinataires suivants, parfois même avec un code comme `#5.1.1`. Retirez les adresses invalides de la liste et envoyez le message dans une nouvelle session.",
    // qmail.best_preference_mx
    "Ce serveur qmail est le MX de plus haute priorité du domaine, mais ne liste pas ce domaine dans `control/locals` : s'il faisait suivre le message, celui-ci lui reviendrait en boucle. Son administrateur doit configurer le domaine comme local ou corriger les enregistrements MX.",
    // qmail.dns_temporary
    "C'est le texte de qmail-remote pour un échec DNS temporaire (`#4.1.2`), à la différence de « couldn't find any host named », qui est définitif ; le message reste en file d'attente et de nouvelles tentatives ont lieu.",
    // qmail.from_and_auth_not_same
    "Cette version modifiée de qmail-smtpd exige que l'adresse `MAIL FROM` soit celle du compte qui s'est authentifié avec `AUTH`. Dans le logiciel de messagerie, indiquez l'adresse de connexion comme adresse d'expéditeur.",
    // qq.ip_frequency_limited
    "QQ Mail limite la quantité de courrier qu'une même adresse IP d'envoi peut remettre par minute, par heure et par jour, et bloque l'adresse pendant quelques minutes, quelques heures ou jusqu'à la fin de la journée lorsqu'une limite est dépassée. Ces limites ne sont pas publiées : faites une pause, puis envoyez plus lentement.",
    // qq.sender_frequency_limited
    "Ici, la limite porte sur la seule adresse de l'expéditeur ; QQ Mail ne publie pas les chiffres, et l'attente dépend de la limite dépassée : par minute, par heure ou par jour.",
    // qq.recipient_flooded
    "Malgré la formulation, l'adresse existe : le destinataire a reçu beaucoup de courrier en peu de temps, et QQ Mail refuse d'en accepter davantage pendant un moment pour protéger la boîte aux lettres. Réessayez plus tard.",
    // qq.mail_content_denied
    "QQ Mail refuse un contenu qui ressemble à des envois en masse que beaucoup de ses utilisateurs ont signalés comme spam.",
    // qq.suspected_spam_sender
    "QQ Mail a reçu beaucoup de spam venant du domaine de l'expéditeur ou de l'exploitant du serveur d'envoi, et refuse son courrier.",
    // qq.rejected_by_recipients
    "Le destinataire a placé l'expéditeur sur une liste de blocage personnelle ou créé un filtre qui refuse ce courrier ; lui seul peut changer cela.",
    // rackspace.throttled_too_much_spam
    "Rackspace a reçu trop de spam du serveur d'envoi et diffère son courrier : renvoyez le message plus tard et demandez au destinataire d'ajouter votre domaine à sa liste d'expéditeurs approuvés.",
    // rackspace.g2_concurrent_connections
    "Rackspace limite le nombre de connexions qu'une même adresse IP d'envoi peut garder ouvertes : réduisez le nombre de connexions parallèles.",
    // rackspace.g1f_no_ptr
    "Rackspace exige un enregistrement PTR pour chaque adresse IP d'envoi.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace n'a pas pu vérifier l'adresse du destinataire pour le moment ; une nouvelle tentative quelques minutes plus tard fonctionne généralement.",
    // rackspace.g30_mailbox_rate
    "Rackspace limite la quantité de courrier qu'une boîte aux lettres peut recevoir en peu de temps ; cela protège le destinataire, par exemple d'un bombardement d'inscriptions (list bomb), et une nouvelle tentative plus tard fonctionne généralement.",
    // rackspace.g16_routing_loop
    "Si la boucle ne disparaît pas au bout de quelques minutes, Rackspace demande à être prévenu à `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace n'a pas pu consulter pour le moment la politique DMARC du domaine de l'expéditeur ; une nouvelle tentative quelques minutes plus tard fonctionne généralement.",
    // rackspace.g28_untrusted_ip
    "Rackspace n'accepte que de petits volumes d'une adresse IP d'envoi nouvelle ou non fiable, tant qu'elle n'a pas fait ses preuves par un bon comportement d'envoi : faites monter l'adresse en charge progressivement et envoyez plus lentement.",
    // sendgrid.sender_identity
    "SendGrid n'envoie que le courrier dont l'adresse From correspond à une Sender Identity vérifiée : une adresse d'expéditeur unique vérifiée ou un domaine authentifié dans le compte SendGrid.",
    // sendgrid.credits_exceeded
    "SendGrid décompte chaque message des crédits d'e-mails du compte et refuse d'en envoyer davantage une fois ceux-ci épuisés ; selon la documentation de SendGrid, il faut contacter son assistance pour faire relever la limite.",
    // sendgrid.recipients_this_hour
    "SendGrid diffère ces messages et continue de les réessayer pendant 72 heures au plus.",
    // sendgrid.unauthenticated_senders
    "Le client a remis un message à `smtp.sendgrid.net` sans s'authentifier au préalable : configurez-le pour qu'il s'authentifie à chaque connexion, avec une clé d'API SendGrid comme mot de passe.",
    // sendgrid.bad_username_password
    "SendGrid ne reconnaît pas le nom d'utilisateur ou la clé d'API ; une réinitialisation du mot de passe du compte SendGrid casse aussi les intégrations qui utilisent encore l'ancien.",
    // sendgrid.drop_bounced_address
    "SendGrid a abandonné le message sans tenter de le remettre, car l'adresse figure sur la liste des non-remises du compte après un échec antérieur ; ne supprimez l'entrée que si vous savez que l'adresse fonctionne de nouveau.",
    // sendgrid.drop_unsubscribed
    "SendGrid a abandonné le message, car le destinataire figure sur la liste des désabonnements du compte.",
    // sendgrid.drop_spam_report
    "SendGrid a abandonné le message, car le destinataire a déjà signalé comme spam du courrier venant de ce compte.",
    // sendgrid.drop_spam_content
    "Le paramètre Spam Checker propre au compte dans SendGrid a classé le message comme spam et l'a abandonné.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid a abandonné le message, car son en-tête `X-SMTPAPI` n'est pas du JSON valide ou est mal construit.",
    // sendmail.host_name_lookup_failure
    "C'est le texte de Sendmail pour un échec DNS temporaire (`TRY_AGAIN`) : les serveurs de noms n'ont pas donné de réponse pour l'instant, le message reste donc en file d'attente et de nouvelles tentatives ont lieu.",
    // sendmail.address_requires_smtputf8
    "L'adresse contient des caractères non ASCII, mais le client n'a pas donné le paramètre `SMTPUTF8` avec `MAIL FROM`.",
    // sendmail.mx_list_points_back
    "Ce serveur figure parmi les hôtes MX du domaine mais ne traite pas ce domaine comme local : il renverrait donc le message vers lui-même. L'administrateur doit ajouter le domaine aux noms locaux du serveur ou corriger les enregistrements MX.",
    // stalwart.invalid_ehlo_domain
    "Stalwart refuse les noms `EHLO` qui ne sont pas des noms d'hôte complets (FQDN) lorsque son option de rejet de ces noms est activée. Le serveur d'envoi doit annoncer son nom d'hôte complet.",
    // stalwart.extension_disabled
    "Le client a utilisé avec `MAIL FROM` ou `RCPT TO` un paramètre d'une extension (comme `DSN` ou `FUTURERELEASE`) que ce serveur a désactivée. Envoyez le message sans ce paramètre.",
    // stalwart.dane_failed
    "Le domaine du destinataire publie des enregistrements DANE (`TLSA`), et le certificat de son serveur n'y correspondait pas : Stalwart n'a donc pas remis le message. L'administrateur du destinataire doit mettre à jour les enregistrements `TLSA` ou le certificat.",
    // stalwart.mta_sts_failed
    "Le domaine du destinataire a une politique MTA-STS, et son serveur ne la respectait pas (pas de certificat valide, ou un hôte absent de la politique). L'administrateur du destinataire doit corriger la politique ou le serveur.",
    // stalwart.concurrency_limited
    "Stalwart a atteint sa propre limite de connexions sortantes vers cette destination ; le message reste en file d'attente et de nouvelles tentatives ont lieu.",
    // yahoo.tss04
    "Yahoo utilise `[TSS04]` pour le courrier différé à cause du volume, de plaintes, d'un contenu qui ressemble à du spam ou d'une mauvaise réputation de l'adresse IP ; si le problème persiste, Yahoo demande une Sender Support Request accompagnée de l'erreur complète.",
    // yahoo.ts01
    "Yahoo conseille de réessayer environ quatre heures plus tard, et de revoir le contenu et les pratiques d'envoi si l'erreur dure 48 heures.",
    // yahoo.ts03
    "Bien que le code soit temporaire, Yahoo conseille de ne pas renvoyer le message avant d'avoir vérifié les listes et les pratiques d'abonnement, car il voit des envois en masse qui semblent non sollicités.",
    // yahoo.permanently_deferred
    "Selon Yahoo, réessayer ne servira à rien : il faut d'abord changer les pratiques d'envoi.",
    // yahoo.bl21
    "Yahoo refuse les connexions venant d'adresses répertoriées par Spamhaus ; vérifiez l'adresse sur spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` désigne la liste XBL de Spamhaus, qui répertorie les machines infectées et les proxys ouverts.",
    // yahoo.ph01
    "Les blocages de contenu de Yahoo (codes `PH`) concernent les virus, l'hameçonnage, les rançongiciels et autres logiciels malveillants, ainsi que les liens vers l'un d'eux.",
    // yahoo.policy_reasons_579
    "Yahoo envoie cette réponse lorsque le message échoue à ses vérifications DKIM, SPF ou DMARC, souvent parce que le domaine `From` publie une politique DMARC que le message ne respecte pas.",
    // yahoo.unauthenticated_sender
    "Yahoo exige de tous les expéditeurs qu'ils réussissent SPF ou DKIM ; les expéditeurs de masse doivent réussir les deux et publier une politique DMARC.",
    // yahoo.unresolvable_from_domain
    "Yahoo vérifie le domaine de `MAIL FROM` et celui de l'en-tête `From` par une requête SOA : un sous-domaine utilisé à cet endroit a donc besoin de son propre enregistrement SOA, en plus d'enregistrements A ou MX.",
    // yahoo.not_rfc_compliant
    "Parmi les causes, Yahoo cite des champs d'en-tête en double ou mal formés et des types MIME erronés.",
    // yahoo.resources_unavailable
    "Selon Yahoo, ses serveurs étaient occupés ; cela se règle normalement au bout de peu de temps sans rien changer.",
    // yahoo.vs1_unknown_recipients
    "Yahoo envoie `VS1-IP` et `VS1-MF` lorsqu'un serveur écrit à de nombreux destinataires non valides, ce qu'il considère comme le signe d'un relais ouvert ; retirez les adresses qui échouent.",
    // yahoo.aol_rly_b1
    "AOL impose ce blocage automatique lorsque les plaintes de ses membres dépassent son seuil, et le lève dans les 24 heures une fois les plaintes en baisse ; AOL recommande de s'inscrire à une boucle de rétroaction (feedback loop) sur les plaintes.",
    // yahoo.aol_rtr_du
    "AOL utilise les listes Spamhaus d'adresses dynamiques et résidentielles et n'accepte pas le courrier envoyé directement depuis ces adresses.",
    // yahoo.aol_rtr_bb
    "AOL refuse les adresses qu'il répertorie comme dynamiques ou résidentielles ; le blocage peut être levé sur demande une fois que le serveur a un nom d'hôte pleinement qualifié.",
    // yahoo.aol_rtr_rd
    "AOL refuse le courrier lorsque le nom DNS inverse de l'adresse d'envoi ressemble à celui d'une adresse dynamique.",
    // yahoo.aol_rtr_bl
    "AOL présente ce code comme un blocage définitif de l'adresse IP pour mauvaise réputation, et demande aux expéditeurs de s'inscrire à sa boucle de rétroaction sur les plaintes avant d'ouvrir une demande d'assistance.",
    // yahoo.aol_rly_sn
    "AOL refuse le courrier qui utilise une adresse AOL réservée comme `From` ou `Reply-To`, ou qui se réclame d'un partenaire d'AOL mais provient d'une adresse IP non autorisée.",
    // yandex.suspicion_of_spam
    "Le filtre de Yandex a jugé que le contenu était du spam. Lorsqu'une boîte aux lettres n'envoie que du spam, Yandex cesse d'accepter son courrier pendant 24 heures ; les expéditeurs d'envois en masse légitimes doivent suivre les exigences de Yandex pour les listes de diffusion honnêtes.",
    // yandex.blocked_by_spam_statistics
    "Yandex bloque pendant 24 heures le courrier d'une source qui n'a envoyé que du spam ; le blocage prend fin de lui-même si le spam cesse.",
    // yandex.client_host_blocked
    "Chez Yandex, cette ligne fait partie du même blocage de 24 heures visant les sources qui n'envoient que du spam, et ne signifie pas forcément une inscription sur une liste de blocage publique.",
    // yandex.policy_rejection_target
    "Yandex a bloqué le compte du destinataire pour violation de ses conditions d'utilisation. Le titulaire peut le faire débloquer en renseignant des informations personnelles exactes, ou en contactant l'assistance de Yandex.",
    // yandex.mailbox_size_exceeded
    "Cela signifie généralement que le destinataire utilise rarement sa boîte aux lettres ; il doit se connecter à Yandex Mail sur le web pour qu'elle accepte de nouveau du courrier.",
    // yandex.no_such_user
    "Yandex signale un destinataire inconnu avec `5.7.1`, le code généralement utilisé pour les refus de politique : c'est donc le texte qui tranche.",
    // yandex.recipient_rate_limit
    "Le destinataire reçoit du courrier à un rythme élevé : Yandex diffère donc les messages suivants pour le moment, et une tentative ultérieure réussit généralement. Ici, le code `4.2.1` ne signifie pas que la boîte aux lettres est désactivée.",
    // zoho.unusual_sending_activity
    "Zoho a bloqué le compte après une activité inhabituelle ; le code `5.4.6` ne signifie pas une boucle de messagerie. Un blocage temporaire se lève au bout d'un certain temps, ou plus tôt depuis la page UnblockMe de Zoho ou la console d'administration (Admin Console).",
    // zoho.rejected_by_destination_domain
    "Un filtre configuré chez Zoho par l'organisation destinataire a refusé le message ; seul l'administrateur de cette organisation peut le modifier.",
    // zoho.restricted_by_policy
    "Un filtre configuré chez Zoho par l'organisation destinataire a refusé le message ; seul l'administrateur de cette organisation peut le modifier.",
    // zoho.temporary_system_error
    "Le domaine destinataire chez Zoho n'accepte pas de courrier pour le moment ; une tentative ultérieure réussit généralement. Le code `4.3.1` ne signifie pas que la boîte aux lettres est pleine.",
    // zoho.dmarc_rejected
    "Pour un expéditeur `zoho.com`, cela signifie généralement que l'adresse a été utilisée depuis un autre service ou une autre application sans passer par les serveurs SMTP de Zoho.",
    // zoho.relaying_disallowed_as
    "ZeptoMail refuse une adresse `From` dont le domaine ne fait pas partie de ceux pour lesquels le compte est autorisé à envoyer.",
    // zoho.subject_mandatory
    "ZeptoMail refuse les messages sans objet ; le code `5.2.1` qu'il envoie ici ne signifie pas que la boîte aux lettres est désactivée.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "Le serveur a-t-il fermé la connexion ?",
        "Oui pour `421` : le serveur met fin à la session et n'y traite plus rien. Non pour `503` : la session reste ouverte, et seule la commande envoyée dans le mauvais ordre a été refusée.",
        "Le serveur doit cesser de servir cette session, par exemple parce qu'il est surchargé ou en cours d'arrêt. Il peut envoyer `421` à la place du message d'accueil ou en réponse à n'importe quelle commande.",
        "Reconnectez-vous plus tard ; le message n'est pas en cause. Un serveur d'envoi le garde en file d'attente et réessaie de lui-même.",
        "Le client a envoyé une commande valide au mauvais moment de la session, par exemple `RCPT TO` avant `MAIL FROM`, ou `DATA` sans aucun destinataire accepté.",
        "Corrigez l'ordre des commandes dans le client, car répéter la même séquence échouera de nouveau. Regardez aussi la réponse qui précède le `503` : c'est souvent un refus antérieur qui le provoque.",
    ],
    // 450 vs 550
    [
        "La même tentative peut-elle réussir plus tard sans rien changer ?",
        "Oui pour `450` : la boîte aux lettres n'est indisponible que pour l'instant, et une nouvelle tentative avec le même message peut passer. Non pour `550` : le refus est permanent, et quelque chose doit d'abord changer.",
        "La boîte aux lettres est occupée ou verrouillée, ou une politique comme la liste grise (greylisting) demande à l'expéditeur de revenir plus tard. Il répond généralement à `RCPT TO` ou à la fin des données du message.",
        "En général, rien : le serveur d'envoi garde le message en file d'attente et réessaie. Si les retards durent des jours, l'administrateur de l'expéditeur lit le texte de la réponse et contacte le postmaster du destinataire.",
        "La boîte aux lettres n'existe pas, l'expéditeur n'y a pas accès, ou la politique locale refuse le courrier, par exemple un relais interdit ou une vérification de l'expéditeur en échec. Le code étendu indique de quel cas il s'agit.",
        "Lisez le code étendu : pour `5.1.1`, corrigez l'adresse ; pour un refus de politique comme `5.7.1`, l'administrateur de l'expéditeur vérifie SPF, DKIM et les listes de blocage. Ne renvoyez pas le message à l'identique.",
    ],
    // 421 vs 450
    [
        "Le refus met-il fin à toute la session ?",
        "Oui pour `421` : le serveur ferme la connexion et n'y traite plus rien. Non pour `450` : seuls cette boîte aux lettres ou ce message sont reportés, et la session peut continuer.",
        "Le serveur ne peut pas servir le client pour l'instant, par exemple parce qu'il est surchargé, qu'il applique une liste grise à l'hôte qui se connecte ou qu'il est en cours d'arrêt. Il envoie `421` en guise d'accueil ou en réponse à n'importe quelle commande.",
        "Laissez le serveur d'envoi se reconnecter plus tard, à intervalles croissants. Si une même adresse IP d'envoi le reçoit sans cesse, réduisez le débit d'envoi et vérifiez les listes de blocage.",
        "La boîte aux lettres est occupée ou verrouillée, ou un contrôle comme la liste grise veut que ce message revienne plus tard. Le serveur répond ainsi à `RCPT TO` ou à la fin des données du message.",
        "Le serveur d'envoi garde le message en file d'attente pour ce destinataire et réessaie plus tard ; les autres destinataires de la session sont traités normalement.",
    ],
    // 421 vs 451
    [
        "La connexion est-elle fermée après cette réponse ?",
        "Oui pour `421` : le serveur abandonne toute la session et la ferme. Non pour `451` : seule l'étape en cours a échoué, à cause d'une erreur locale, et la connexion reste ouverte.",
        "Le service dans son ensemble est indisponible pour l'instant : le serveur est surchargé, applique une liste grise ou doit s'arrêter. Il envoie `421` en guise d'accueil ou en réponse à n'importe quelle commande, puis ferme le canal.",
        "Reconnectez-vous plus tard ; le serveur d'envoi réessaie selon son propre calendrier. Si cela se reproduit, lisez le texte de la réponse, qui en donne souvent la raison.",
        "Une vérification ou une recherche interne a échoué pendant que le serveur traitait `MAIL FROM`, `RCPT TO` ou les données du message, par exemple une requête DNS ou de base de données restée sans réponse.",
        "Réessayez plus tard ; la plupart des cas se résolvent d'eux-mêmes. Si cela se répète, l'exploitant du serveur qui répond doit identifier dans ses journaux le composant défaillant.",
    ],
    // 452 vs 552
    [
        "Le serveur d'envoi réessaiera-t-il de lui-même ?",
        "Oui pour `452` : le serveur manque pour l'instant d'espace de stockage ou a atteint sa limite de destinataires, et le message reste en file d'attente. Non pour `552` : une limite de taille ou de stockage a refusé le courrier pour de bon, et il revient avec un avis de non-remise.",
        "Le serveur manque de ressources pour le moment : d'espace disque libre, de place pour la taille déclarée avec `SIZE`, ou il a atteint sa limite de destinataires par message.",
        "En cas de destinataires trop nombreux, remettez le message à ceux déjà acceptés et envoyez-le aux autres dans une transaction ultérieure. En cas de manque d'espace, réessayez plus tard ; si cela persiste, l'exploitant doit libérer de l'espace.",
        "Le message est plus volumineux que ce qu'accepte le serveur ou la boîte aux lettres, ou la boîte aux lettres du destinataire est pleine (`5.2.2`). Il peut répondre à `MAIL FROM` avec `SIZE`, à `RCPT TO` ou aux données du message.",
        "Réduisez la taille du message, par exemple en partageant les gros fichiers par un lien, et restez sous la limite `SIZE` indiquée dans la réponse à `EHLO`. Si la boîte aux lettres est pleine, le destinataire doit d'abord libérer de l'espace.",
    ],
    // 550 vs 553
    [
        "Le problème vient-il de la façon dont l'adresse est écrite ?",
        "Non pour `550` : l'adresse est lisible, mais la boîte aux lettres n'existe pas ou la politique refuse le courrier. Oui pour `553` : l'adresse est mal formée, contient des caractères que le serveur refuse, ou est ambiguë.",
        "La boîte aux lettres n'existe pas, l'expéditeur n'y a pas accès, ou une règle locale, par exemple sur le relais ou contre le spam, rejette le courrier.",
        "Lisez le code étendu : pour `5.1.1`, confirmez l'adresse auprès du destinataire ; pour `5.7.1`, l'administrateur de l'expéditeur vérifie SPF, DKIM et les listes de blocage.",
        "L'adresse donnée dans `MAIL FROM` ou `RCPT TO` enfreint les règles de syntaxe ou contient des caractères que le serveur n'accepte pas, ou un nom donné à `VRFY` correspond à plusieurs utilisateurs.",
        "Vérifiez l'adresse caractère par caractère : un seul `@`, aucune espace ni chevron parasite, et un domaine complet. Corrigez-la et renvoyez le message.",
    ],
    // 550 vs 551
    [
        "La réponse indique-t-elle une autre adresse pour le destinataire ?",
        "Non pour `550` : la boîte aux lettres est refusée sans aucune indication de réexpédition. Oui pour `551` : l'utilisateur n'est pas local ici, et le texte indique généralement l'adresse à utiliser à la place.",
        "La boîte aux lettres n'existe pas, l'expéditeur n'y a pas accès, ou la politique locale refuse le courrier. Les sites qui ne veulent pas divulguer une nouvelle adresse répondent aussi `550`.",
        "Lisez le code étendu et le texte, puis corrigez l'adresse ou, pour un refus de politique, demandez à l'administrateur de l'expéditeur d'enquêter. Un nouvel envoi à l'identique échouera de nouveau.",
        "Le destinataire a changé d'adresse ou son courrier est géré ailleurs, et le site choisit de révéler la nouvelle adresse au lieu de transférer lui-même le message.",
        "Vérifiez que l'adresse indiquée dans le texte est plausible, envoyez-y le message et mettez à jour le contact. Si aucune adresse n'est donnée, demandez-la au destinataire par un autre moyen.",
    ],
    // 550 vs 554
    [
        "Le serveur peut-il l'envoyer à la place de son message d'accueil ?",
        "Non pour `550` : il répond à une commande, en refusant généralement une boîte aux lettres, un expéditeur ou un message. Oui pour `554` : il peut refuser toute la session dès l'accueil et, ailleurs, il fait échouer toute la transaction.",
        "Un destinataire est inconnu (`5.1.1`) ou le relais vers lui n'est pas autorisé, l'expéditeur est refusé, ou la politique rejette le message après `DATA`.",
        "Pour un destinataire inconnu, corrigez l'adresse. Pour un refus de politique, l'administrateur de l'expéditeur règle les problèmes de SPF, de DKIM ou de liste de blocage, ou contacte le postmaster du destinataire.",
        "Le serveur refuse ce client d'emblée, aucun destinataire n'avait été accepté à l'arrivée de `DATA`, ou le contenu a été rejeté après les données du message. C'est le code général lorsqu'aucun code plus précis ne convient.",
        "Lisez le texte et le code étendu ; renvoyer le message à l'identique ne servira à rien. Après un accueil `554`, l'administrateur du domaine d'envoi vérifie les listes de blocage ou contacte le site destinataire.",
    ],
    // 500 vs 501
    [
        "Le serveur a-t-il reconnu le mot de commande ?",
        "Non pour `500` : la commande elle-même était inconnue, ou la ligne trop longue pour être lue. Oui pour `501` : la commande est connue, mais une adresse, un paramètre ou un argument qui la suit est invalide.",
        "Le mot de commande est mal orthographié ou inconnu de ce serveur, ou la ligne de commande dépasse la limite standard. Pendant `AUTH`, il signale aussi une ligne de réponse trop longue.",
        "Corrigez le client : orthographiez correctement la commande, respectez la limite de longueur des lignes et n'utilisez les commandes d'extension que si la réponse à `EHLO` les mentionne.",
        "Ce qui suit la commande est inacceptable, par exemple une adresse mal formée dans `MAIL FROM` ou `RCPT TO`, un argument de `EHLO` invalide, ou des arguments ajoutés à une commande qui n'en prend pas.",
        "Corrigez les arguments : les adresses entre chevrons, sans espace autour des deux-points, des noms et des valeurs de paramètres valides, aucun argument superflu. Le texte de la réponse désigne souvent l'erreur.",
    ],
    // 502 vs 504
    [
        "Le serveur prend-il en charge la commande elle-même ?",
        "Non pour `502` : ce serveur ne propose pas du tout cette commande. Oui pour `504` : la commande est prise en charge, mais pas l'option ou la valeur qui l'accompagne, comme un mécanisme `AUTH`.",
        "La commande est reconnue mais non implémentée, ou désactivée par l'exploitant ; il s'agit généralement de `VRFY`, `EXPN` ou `HELP`. Les très anciens serveurs répondent ainsi à `EHLO`.",
        "Ne répétez pas la commande sur ce serveur ; continuez sans elle, et rabattez-vous sur `HELO` si `EHLO` a été refusé. Si vous avez vraiment besoin de la fonction, adressez-vous à l'exploitant.",
        "Le client a demandé une variante que le serveur ne gère pas, le plus souvent un mécanisme `AUTH` qu'il ne prend pas en charge ou qu'il n'autorise pas avant le chiffrement (`5.5.4`).",
        "Choisissez une option proposée par le serveur : un mécanisme `AUTH` de la réponse à `EHLO`, après `STARTTLS` si nécessaire. Sinon, envoyez la commande sans le paramètre non pris en charge.",
    ],
    // 530 vs 535
    [
        "Des identifiants ont-ils été vérifiés puis refusés ?",
        "Non pour `530` : rien n'a été vérifié ; la commande exige d'abord une authentification, ou, sur certains serveurs, `STARTTLS`. Oui pour `535` : le serveur a vérifié le nom d'utilisateur et le mot de passe, ou d'autres identifiants, et les a refusés.",
        "Le client a envoyé `MAIL FROM` ou une autre commande sans s'authentifier avec `AUTH`, ou sans `STARTTLS` sur un serveur qui exige le chiffrement.",
        "Activez l'authentification pour le serveur sortant dans le logiciel de messagerie, ainsi que TLS si le texte le demande. Le logiciel envoie `STARTTLS`, de nouveau `EHLO`, puis `AUTH`, le tout avant `MAIL FROM`.",
        "Un échange `AUTH` s'est terminé avec des identifiants qui ne correspondent pas : un mot de passe erroné, un utilisateur inconnu ou des identifiants insuffisants pour le compte. Il est généralement accompagné de `5.7.8`.",
        "Vérifiez et corrigez le nom d'utilisateur et le mot de passe enregistrés dans le logiciel de messagerie ; certains fournisseurs exigent un mot de passe distinct pour l'envoi. Ne réessayez pas avec les mêmes identifiants.",
    ],
    // 550 vs X.1.1
    [
        "Le code à lui seul indique-t-il que la boîte aux lettres n'existe pas ?",
        "Non pour `550` : il dit seulement que l'action a été refusée définitivement, pour cette raison ou pour une autre, comme la politique. Oui pour `5.1.1` : il désigne une seule cause, une boîte aux lettres absente d'un domaine qui accepte du courrier.",
        "Le serveur refuse définitivement une adresse ou un message : un destinataire inconnu, un relais qu'il n'autorise pas, un expéditeur refusé, ou un courrier rejeté par la politique après `DATA`.",
        "Avant d'agir, regardez le code étendu et le texte qui suivent `550` : ce sont eux qui indiquent s'il faut corriger l'adresse ou la configuration de l'expéditeur.",
        "Le domaine du destinataire accepte du courrier, mais la boîte aux lettres nommée avant le `@` n'y existe pas. Les serveurs destinataires l'envoient généralement sous la forme `550 5.1.1` en réponse à `RCPT TO`.",
        "Vérifiez l'orthographe de la partie avant le `@` et confirmez l'adresse auprès du destinataire par un autre moyen. Renvoyer le message à la même adresse ne servira à rien.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "Le serveur d'envoi continuera-t-il à réessayer de lui-même ?",
        "Oui pour `4.7.1` : le refus de politique est marqué comme temporaire, le message reste donc en file d'attente et sera réessayé. Non pour `5.7.1` : le refus est permanent, et le message revient avec un avis de non-remise si rien ne change.",
        "Une règle de sécurité ou de politique refuse l'expéditeur pour l'instant, et le serveur s'attend à ce que la situation se débloque. Le registre de l'IANA cite `451` parmi les réponses qui peuvent le porter.",
        "Laissez le serveur d'envoi continuer à réessayer. Si l'envoi échoue encore au bout de plusieurs heures, cherchez dans le texte de la réponse la règle en cause et contactez le postmaster du destinataire.",
        "La politique n'autorise pas cet expéditeur à écrire à ce destinataire : le relais est refusé, un filtre bloque l'hôte ou l'expéditeur, ou une vérification SPF a échoué. Il se présente typiquement sous la forme `550 5.7.1`.",
        "Cherchez dans le texte la règle appliquée. Authentifiez-vous sur votre propre serveur au lieu de demander un relais, faites corriger SPF ou DMARC par l'administrateur de l'expéditeur, ou demandez le retrait de la liste de blocage citée.",
    ],
    // X.1.0 vs X.1.1
    [
        "Le code indique-t-il précisément ce qui ne va pas dans l'adresse ?",
        "Non pour `X.1.0` : un problème d'adresse est signalé sans détail, et seul le texte de la réponse en donne la raison. Oui pour `X.1.1` : la boîte aux lettres nommée avant le `@` n'existe pas dans ce domaine.",
        "Une vérification de l'adresse de l'expéditeur ou d'un destinataire a échoué pour une raison qu'aucun code d'adressage précis ne couvre. Sous la forme `2.1.0`, il confirme simplement un `MAIL FROM` accepté.",
        "Vérifiez que les deux adresses ne comportent ni faute de frappe ni caractère parasite et qu'elles ont le bon domaine, et lisez le texte qui suit le code. Si elles sont correctes, adressez-vous à l'administrateur du serveur qui les refuse.",
        "Le domaine du destinataire accepte du courrier, mais la boîte aux lettres n'y existe pas. Il est généralement envoyé sous la forme `550 5.1.1` en réponse à `RCPT TO`, ou signalé dans un avis de non-remise.",
        "Corrigez la partie avant le `@` ou demandez au destinataire son adresse actuelle ; un nouvel envoi à la même adresse échouera de nouveau.",
    ],
    // X.2.2 vs X.3.4
    [
        "Le problème tient-il à la taille de ce message ?",
        "Non pour `X.2.2` : la boîte aux lettres du destinataire a épuisé son quota, et même un petit message n'y entre plus. Oui pour `X.3.4` : le message dépasse la taille que le système destinataire accepte, quel que soit le destinataire.",
        "La boîte aux lettres d'un destinataire a atteint son quota de stockage. Le serveur répond à `RCPT TO` ou à la fin des données du message par `4.2.2`, ou par `552` avec `5.2.2`.",
        "Prévenez le destinataire par un autre canal ; seuls lui ou son administrateur peuvent libérer de l'espace ou augmenter le quota. Après `4.2.2`, votre serveur réessaie ; après `5.2.2`, renvoyez le message plus tard.",
        "Le message dépasse la taille maximale du système, d'après la taille déclarée avec `SIZE` à `MAIL FROM` ou d'après sa taille réelle une fois les données reçues. Il se présente sous la forme `5.3.4`, avec `552` ou `554`.",
        "Réduisez la taille du message, par exemple en partageant les gros fichiers par un lien. Un nombre après `SIZE` dans la réponse à `EHLO` indique la limite du serveur en octets.",
    ],
    // X.7.0 vs X.7.1
    [
        "Le code indique-t-il lui-même que cet expéditeur n'a pas le droit d'écrire à ce destinataire ?",
        "Non pour `X.7.0` : une règle de sécurité ou de politique a bloqué la commande, mais le code ne donne aucune raison. Oui pour `X.7.1` : la politique n'autorise pas cet expéditeur à remettre du courrier à ce destinataire.",
        "Une règle de sécurité a bloqué une commande, sans code plus précis : `454 4.7.0` pour un problème d'authentification temporaire, `530 5.7.0` lorsque `AUTH` ou `STARTTLS` doit passer en premier, ou un blocage inexpliqué.",
        "Après `530`, lancez d'abord `STARTTLS` ou authentifiez-vous avec `AUTH` ; après `454`, réessayez plus tard sans changer le mot de passe. Sinon, lisez le texte ou adressez-vous au postmaster.",
        "Le côté destinataire refuse le relais, bloque l'hôte d'envoi ou l'expéditeur par un filtre, ou rejette du courrier qui a échoué à SPF ou à DMARC.",
        "Cherchez dans le texte la règle appliquée. Envoyez par votre propre serveur sortant au lieu de demander un relais, et faites corriger les enregistrements SPF, DKIM ou DMARC par l'administrateur de l'expéditeur.",
    ],
    // 450 vs 451
    [
        "Quelque chose a-t-il échoué à l'intérieur du serveur ?",
        "Non pour `450` : le serveur a fonctionné, mais la boîte aux lettres est occupée ou un contrôle comme la liste grise demande une tentative ultérieure. Oui pour `451` : une recherche ou un service interne au serveur a échoué pendant le traitement de la commande.",
        "La boîte aux lettres est occupée ou verrouillée, ou une liste grise ou un blocage temporaire fait patienter cet expéditeur. Les serveurs l'envoient après `RCPT TO` ou après les données du message.",
        "Laissez le serveur d'envoi réessayer ; le courrier soumis à la liste grise passe lors d'une tentative ultérieure. Si les retards durent des jours, lisez le texte de la réponse et contactez le postmaster du destinataire.",
        "Pendant le traitement de `MAIL FROM`, `RCPT TO` ou des données du message, une recherche ou un composant interne a échoué, par exemple une requête DNS ou de base de données restée sans réponse.",
        "Laissez le serveur d'envoi réessayer plus tard. Si cela se répète, l'exploitant du serveur qui répond cherche dans ses journaux le composant défaillant, en s'aidant de codes comme `4.4.3`.",
    ],
    // 451 vs 452
    [
        "Le serveur a-t-il manqué de place ou atteint une limite de destinataires ?",
        "Non pour `451` : un élément interne au serveur, comme une recherche, a échoué pendant le traitement de la commande. Oui pour `452` : l'espace de stockage manque, ou le message compte déjà autant de destinataires que le serveur en accepte.",
        "Une recherche DNS ou de base de données, ou un service interne, a échoué pendant que le serveur traitait `MAIL FROM`, `RCPT TO` ou les données du message.",
        "Réessayez plus tard ; la plupart des cas se résolvent d'eux-mêmes. Si cela se répète, l'exploitant du serveur qui répond doit identifier dans ses journaux le composant défaillant.",
        "Le serveur manque d'espace disque pour le message ou pour la taille déclarée avec `SIZE`, ou `RCPT TO` a dépassé sa limite de destinataires pour un même message.",
        "Envoyez le message aux destinataires déjà acceptés, et aux autres dans une transaction ultérieure. En cas de manque d'espace, réessayez plus tard, le temps que l'exploitant libère de la place.",
    ],
    // 550 vs 552
    [
        "Le problème tient-il à la taille du courrier ou à l'espace de la boîte aux lettres ?",
        "Non pour `550` : l'adresse ou le courrier est refusé pour une autre raison, comme une boîte aux lettres inconnue ou la politique. Oui pour `552` : le message est trop volumineux, ou l'espace de stockage du destinataire est épuisé.",
        "Le destinataire est inconnu, le relais n'est pas autorisé, l'expéditeur est refusé, ou la politique rejette le message après `DATA`.",
        "Lisez le code étendu : pour `5.1.1`, corrigez l'adresse ; pour un refus de politique comme `5.7.1`, l'administrateur de l'expéditeur vérifie SPF, DKIM et les listes de blocage.",
        "La taille déclarée avec `SIZE` ou la taille réelle du message dépasse la limite du serveur ou de la boîte aux lettres, ou la boîte aux lettres du destinataire est pleine (`5.2.2`).",
        "Réduisez la taille du message, par exemple en partageant les gros fichiers par un lien plutôt qu'en pièces jointes. Si la boîte aux lettres est pleine, le destinataire doit libérer de l'espace.",
    ],
    // 534 vs 535
    [
        "Le même mot de passe pourrait-il fonctionner avec un autre mécanisme d'authentification ?",
        "Oui pour `534` : seul le mécanisme choisi a été refusé, car jugé trop faible pour ce compte. Non pour `535` : ce sont les identifiants eux-mêmes qui n'ont pas été acceptés, et ils doivent être corrigés.",
        "Le client a choisi un mécanisme `AUTH` plus faible que ce que la politique du serveur autorise pour cet utilisateur. Il est accompagné de `5.7.9`.",
        "Relancez `AUTH` avec un mécanisme plus fort tiré de la réponse à `EHLO`, ou changez la méthode d'authentification dans le logiciel de messagerie. Un nouveau mot de passe n'y changera rien.",
        "À la fin de `AUTH`, le mot de passe était erroné, l'utilisateur inconnu ou les identifiants insuffisants pour le compte. Il est généralement accompagné de `5.7.8`.",
        "Corrigez le nom d'utilisateur et le mot de passe enregistrés dans le logiciel de messagerie ; certains fournisseurs exigent un mot de passe distinct pour l'envoi de courrier.",
    ],
    // 534 vs 538
    [
        "Chiffrer la connexion suffirait-il pour ce mécanisme ?",
        "Non pour `534` : la politique exige un mécanisme plus fort pour cet utilisateur, et le client doit donc en choisir un autre. Oui pour `538` : le mécanisme est autorisé, mais uniquement sur une connexion chiffrée.",
        "Le mécanisme indiqué dans `AUTH` est plus faible que ce que le serveur autorise pour ce compte (`5.7.9`).",
        "Choisissez un mécanisme plus fort dans la liste qui suit `AUTH` dans la réponse à `EHLO`, ou changez la méthode d'authentification dans le logiciel de messagerie.",
        "Un ancien serveur a reçu `AUTH` avec un mécanisme, généralement en clair, sur une connexion qui n'est pas passée par `STARTTLS` (`5.7.11`). La RFC 4954 a rendu ce code obsolète.",
        "Envoyez `STARTTLS`, puis de nouveau `EHLO`, et répétez `AUTH` sur la connexion chiffrée ; dans un logiciel de messagerie, activez TLS pour le serveur sortant.",
    ],
    // 454 vs 535
    [
        "Les identifiants ont-ils été jugés incorrects ?",
        "Non pour `454` : le serveur n'a pas pu les vérifier, ou n'a pas pu démarrer TLS, à cause d'une panne temporaire de son côté. Oui pour `535` : le serveur a vérifié les identifiants et les a refusés.",
        "Le service qui vérifie les mots de passe ne répond pas pendant `AUTH`, ou la configuration TLS est inutilisable à l'arrivée de `STARTTLS`, par exemple parce que le certificat ne peut pas être chargé.",
        "Ne changez pas le mot de passe ; réessayez plus tard. Si cela dure, l'exploitant du serveur doit vérifier le service d'authentification ou la configuration TLS.",
        "Un échange `AUTH` s'est terminé sur un mot de passe erroné, un utilisateur inconnu ou des identifiants insuffisants pour le compte.",
        "Corrigez le nom d'utilisateur et le mot de passe dans le logiciel de messagerie. Un logiciel client doit redemander les identifiants à l'utilisateur plutôt que de réessayer avec les mêmes.",
    ],
    // 220 vs 554
    [
        "Le serveur accepte-t-il de servir ce client ?",
        "Oui pour `220` : le serveur est prêt, et le client poursuit avec `EHLO`. Non pour `554` : envoyé en guise d'accueil, il refuse le client d'emblée, et aucun courrier ne peut être envoyé dans cette session.",
        "Le serveur est prêt pour le client qui vient de se connecter ou, en réponse à `STARTTLS`, prêt à lancer la négociation TLS.",
        "Envoyez `EHLO`. Après un `220` en réponse à `STARTTLS`, terminez d'abord la négociation TLS, puis renvoyez `EHLO`.",
        "Le serveur refuse ce client d'emblée (« No SMTP service here »), généralement parce que sa politique bloque l'hôte ou l'adresse IP d'envoi.",
        "Envoyez `QUIT` et ne réessayez pas sans rien changer. L'administrateur du domaine d'envoi vérifie si l'adresse IP figure sur des listes de blocage ou contacte le site destinataire.",
    ],
    // 250 vs 251
    [
        "La réponse indique-t-elle que le destinataire a changé d'adresse ?",
        "Non pour `250` : la commande a simplement réussi, et un serveur peut même transférer le message sans le dire. Oui pour `251` : l'utilisateur n'est pas local, et le serveur transférera le message à l'adresse qu'il indique.",
        "La commande a fonctionné : un `EHLO`, un `MAIL FROM` ou un `RCPT TO` accepté ou, après le point final, un message dont le serveur a pris la responsabilité.",
        "Rien à corriger ; passez à la commande suivante. Si un message accepté après ses données n'arrive jamais, il s'est perdu après ce serveur.",
        "Le destinataire indiqué dans `RCPT TO` ou `VRFY` a changé d'adresse, et le serveur accepte le courrier et le transmet, en indiquant la nouvelle adresse. En réponse à `ETRN`, il signifie qu'aucun courrier n'est en attente.",
        "Rien à faire pour ce message. L'expéditeur peut mettre à jour son carnet d'adresses pour que les prochains messages aillent directement à la nouvelle adresse.",
    ],
    // 250 vs 252
    [
        "En réponse à `VRFY`, le serveur confirme-t-il l'adresse ?",
        "Oui pour `250` : le serveur a vérifié l'utilisateur et indique sa boîte aux lettres. Non pour `252` : il acceptera le courrier pour cette adresse et tentera de le remettre, mais ne dit pas si la boîte aux lettres existe.",
        "Le serveur a vérifié l'utilisateur nommé dans `VRFY` ou `EXPN` et répond en indiquant sa boîte aux lettres. Pour les autres commandes, `250` signale simplement un succès.",
        "Rien à corriger ; la réponse est la confirmation de cette adresse par le serveur.",
        "Le serveur refuse de confirmer les adresses, souvent parce que cela aide les spammeurs à les collecter : il répond donc ainsi à chaque `VRFY` et `EXPN`.",
        "Ne le considérez pas comme une preuve que la boîte aux lettres existe. Seul l'envoi d'un message, en guettant un éventuel avis de non-remise, permet de le savoir.",
    ],
    // 250 vs 354
    [
        "Le serveur a-t-il accepté le message pour le remettre ?",
        "Oui pour `250` après le point final : le serveur a pris la responsabilité du message. Non pour `354` : le serveur attend seulement le message, et rien n'a encore été accepté.",
        "Après le point final du message, ou le dernier bloc `BDAT`, le serveur a pris le message en charge et va le remettre, ou renverra plus tard un avis de non-remise. Il accepte aussi les commandes ordinaires par `250`.",
        "Rien à corriger. Si le message n'arrive jamais, suivez sa trace dans les journaux de ce serveur à l'aide de l'identifiant de file d'attente que beaucoup de serveurs indiquent dans le texte de la réponse.",
        "Le serveur a accepté `DATA`, après qu'au moins un destinataire a été accepté, et attend maintenant l'en-tête, le corps et une ligne ne contenant qu'un point.",
        "Envoyez le message, terminez-le par la ligne contenant le point et attendez la réponse finale. Si les sessions bloquent à cet endroit, cherchez une liaison lente ou instable entre les serveurs.",
    ],
    // 220 vs 421
    [
        "Le serveur est-il prêt à servir cette session ?",
        "Oui pour `220` : le message d'accueil invite le client à poursuivre avec `EHLO`. Non pour `421` : le serveur ne peut pas servir le client maintenant et ferme la connexion, mais une tentative ultérieure peut fonctionner.",
        "Le serveur est prêt pour le client qui vient de se connecter, ou prêt à chiffrer la connexion après `STARTTLS`.",
        "Poursuivez avec `EHLO`, ou terminez d'abord la négociation TLS, puis renvoyez `EHLO`.",
        "Le serveur est surchargé, applique une liste grise au client ou est en cours d'arrêt : il accueille donc le client par `421`, ou répond ainsi à n'importe quelle commande, puis ferme le canal.",
        "Laissez le serveur d'envoi garder le message en file d'attente et se reconnecter plus tard, à intervalles croissants. Si cela se reproduit, cherchez la raison dans le texte.",
    ],
    // 221 vs 421
    [
        "Le client a-t-il demandé la fin de la connexion ?",
        "Oui pour `221` : il répond à `QUIT` par un au revoir en bonne et due forme. Non pour `421` : le serveur ferme la connexion de lui-même, car il ne peut pas continuer.",
        "Le client a envoyé `QUIT` à la fin de la session. Tout ce que le serveur a confirmé plus tôt dans la session reste acquis.",
        "Rien à corriger. Si une remise a échoué dans la même session, regardez la réponse qui précède `QUIT`.",
        "Le serveur est surchargé ou doit s'arrêter : il refuse donc la connexion dès l'accueil ou met fin à la session après n'importe quelle commande.",
        "Réessayez plus tard dans une nouvelle session ; le message n'est pas en cause. Une transaction qui n'était pas encore confirmée au moment de la fermeture doit être renvoyée.",
    ],
    // 421 vs 521
    [
        "Le serveur pourrait-il accepter le courrier si le client réessaie plus tard ?",
        "Oui pour `421` : le service n'est indisponible que pour l'instant. Non pour `521` : l'hôte n'accepte jamais de courrier, pour personne, et réessayer ne sert à rien.",
        "Une surcharge, une liste grise ou un arrêt empêche le serveur de servir la session : il envoie donc `421` à la place du message d'accueil ou en réponse à n'importe quelle commande.",
        "Gardez le message en file d'attente et réessayez plus tard, à intervalles croissants ; rien dans le message n'a besoin de changer.",
        "L'hôte est un serveur factice pour un hôte ou un domaine qui ne reçoit pas de courrier, et il accueille chaque client par `521` au lieu de `220`.",
        "Ne réessayez pas avec cet hôte. Vérifiez que le domaine du destinataire ne contient pas de faute de frappe et demandez une autre adresse ; si le domaine devrait recevoir du courrier, son administrateur doit faire pointer ses enregistrements MX vers un vrai serveur de messagerie.",
    ],
    // 521 vs 554
    [
        "L'hôte refuse-t-il le courrier de tout le monde ?",
        "Oui pour `521` : c'est un hôte qui n'accepte aucun courrier. Non pour `554` : le serveur accepte le courrier en général, mais refuse ce client, cette transaction ou ce contenu.",
        "L'hôte n'existe que pour signaler qu'il ne reçoit pas de courrier, typiquement pour un domaine sans service de messagerie, et il accueille chaque client par `521`.",
        "Ne réessayez pas avec cet hôte. Vérifiez que le domaine du destinataire ne contient pas de faute de frappe et demandez une autre adresse ; si le domaine doit recevoir du courrier, son administrateur corrige ses enregistrements MX.",
        "Le serveur refuse ce client dès l'accueil, généralement pour des raisons de politique, ou fait échouer une transaction, par exemple en rejetant le contenu après les données du message.",
        "Lisez le texte et le code étendu. Après un accueil refusé, l'administrateur du domaine d'envoi vérifie les listes de blocage ou contacte le site destinataire ; sinon, modifiez le contenu refusé.",
    ],
    // 454 vs 530
    [
        "Le client a-t-il sauté une étape obligatoire ?",
        "Non pour `454` : le client a tenté l'étape, mais le serveur n'a pas pu la mener à bien à cause d'une panne temporaire. Oui pour `530` : la commande exige `AUTH`, ou `STARTTLS`, avant que le serveur accepte de l'exécuter.",
        "Le serveur ne peut pas vérifier les identifiants pendant `AUTH`, car son service de mots de passe ne répond pas, ou ne peut pas démarrer TLS après `STARTTLS`.",
        "Réessayez plus tard sans changer le mot de passe. Si cela persiste, l'exploitant du serveur vérifie le service d'authentification ou la configuration TLS.",
        "`MAIL FROM` ou une autre commande est arrivée avant l'authentification, ou avant le chiffrement sur un serveur qui exige TLS.",
        "Dans le logiciel de messagerie, activez l'authentification, ainsi que TLS si le texte le demande. Le logiciel envoie `STARTTLS`, `EHLO` et `AUTH` avant `MAIL FROM`.",
    ],
    // 500 vs 502
    [
        "Le serveur connaît-il la commande ?",
        "Non pour `500` : le mot de commande est inconnu ou mal orthographié, ou la ligne est trop longue pour être lue. Oui pour `502` : le serveur reconnaît la commande, mais ne l'implémente pas ou l'a désactivée.",
        "La commande est mal orthographiée ou inconnue, par exemple une extension que le serveur n'a jamais proposée, ou la ligne dépasse la limite de longueur.",
        "Corrigez la commande dans le client : rectifiez l'orthographe, raccourcissez la ligne et n'utilisez les commandes d'extension que si la réponse à `EHLO` les mentionne.",
        "Une commande connue comme `VRFY`, `EXPN` ou `HELP` n'est pas disponible ici. Les très anciens serveurs répondent ainsi à `EHLO`, car ils ne connaissent que `HELO`.",
        "Continuez sans la commande, et rabattez-vous sur `HELO` si `EHLO` est refusé. Si vous avez besoin de la fonction, demandez à l'exploitant s'il peut l'activer.",
    ],
    // 500 vs 503
    [
        "La commande était-elle valide en elle-même ?",
        "Non pour `500` : le serveur ne l'a pas reconnue. Oui pour `503` : la commande est correcte, mais elle est arrivée au mauvais moment de la session.",
        "La ligne contient une commande inconnue ou mal orthographiée, ou dépasse la limite standard de longueur.",
        "Corrigez la commande dans le client ; la même ligne échouera de nouveau si elle est renvoyée.",
        "Une commande valide est arrivée dans le désordre, par exemple `DATA` avant qu'un destinataire ait été accepté, ou `RCPT TO` avant `MAIL FROM`.",
        "Corrigez l'ordre des commandes, ou envoyez `RSET` pour repartir de zéro. Vérifiez si un refus antérieur a laissé la transaction sans expéditeur ou sans destinataire.",
    ],
    // 501 vs 503
    [
        "Les arguments de la commande étaient-ils en cause ?",
        "Oui pour `501` : une adresse, un paramètre ou un argument est mal formé ou hors limites. Non pour `503` : la commande et ses arguments sont corrects, mais elle a été envoyée au mauvais moment.",
        "Le client a envoyé une adresse mal formée dans `MAIL FROM` ou `RCPT TO`, un argument de `EHLO` invalide, ou des arguments avec une commande qui n'en prend pas.",
        "Corrigez les arguments dans le client ; le texte qui suit le code désigne souvent la partie fautive.",
        "Un second `MAIL FROM` est arrivé dans une transaction en cours, `RCPT TO` est arrivé avant `MAIL FROM`, ou `AUTH` est arrivé après une authentification réussie.",
        "Corrigez l'ordre des commandes dans le client, ou envoyez `RSET` et recommencez la transaction.",
    ],
    // 502 vs 503
    [
        "La commande serait-elle acceptée à un autre moment de la session ?",
        "Non pour `502` : ce serveur n'implémente pas la commande, ou l'a désactivée, quel que soit le moment où elle est envoyée. Oui pour `503` : la commande est prise en charge et n'est simplement pas arrivée dans le bon ordre.",
        "Le client a utilisé `VRFY`, `EXPN`, `HELP` ou, sur de très anciens serveurs, `EHLO`, et le serveur ne propose pas cette commande. Les serveurs de relais de messagerie à la demande refusent ainsi la plupart des commandes.",
        "Cessez d'envoyer cette commande à ce serveur et continuez sans elle.",
        "Une commande valide est arrivée alors que la session n'était pas prête à la recevoir, par exemple `DATA` sans destinataire accepté.",
        "Corrigez l'ordre des commandes du client : `EHLO`, `AUTH` si nécessaire, `MAIL FROM`, un ou plusieurs `RCPT TO`, puis `DATA`.",
    ],
    // 503 vs 554
    [
        "La commande a-t-elle seulement été envoyée au mauvais moment ?",
        "Oui pour `503` : une commande valide est arrivée dans le désordre. Non pour `554` : le serveur refuse la session ou la transaction en tant que telle, par exemple parce qu'aucun destinataire n'était valide ou que le contenu est rejeté.",
        "Le client a envoyé `RCPT TO` avant `MAIL FROM` ou `DATA` sans destinataire accepté, ou a continué à envoyer des commandes après qu'un accueil `554` a refusé la session.",
        "Corrigez l'ordre des commandes. Si la session a commencé par `554`, le vrai problème, c'est cet accueil.",
        "Le serveur refuse le client dès l'accueil, fait échouer `DATA` parce qu'aucun destinataire n'a été accepté, ou rejette le contenu après les données du message.",
        "Lisez le texte et le code étendu. Pour un accueil refusé, l'administrateur du domaine d'envoi vérifie les listes de blocage ; un contenu rejeté doit être modifié.",
    ],
    // 501 vs 504
    [
        "La syntaxe de la commande était-elle correcte ?",
        "Non pour `501` : un argument est mal formé, répété ou hors limites. Oui pour `504` : la commande est bien formée, mais le serveur ne propose pas l'option ou la valeur qu'elle désigne.",
        "Une adresse, un paramètre ou un argument enfreint la syntaxe, par exemple une adresse mal formée, ou des données envoyées pendant `AUTH` qui ne sont pas du Base64 valide.",
        "Corrigez les arguments dans le client, en vérifiant les noms et les valeurs des paramètres d'après l'extension qui les définit.",
        "Le client a désigné quelque chose que le serveur n'implémente pas, le plus souvent un mécanisme `AUTH` qu'il ne prend pas en charge ou qu'il n'autorise pas sur cette connexion.",
        "Choisissez un mécanisme `AUTH` indiqué dans la réponse à `EHLO`, en lançant d'abord `STARTTLS` si nécessaire, ou envoyez la commande sans le paramètre.",
    ],
    // 501 vs 553
    [
        "La réponse peut-elle concerner autre chose qu'un nom de boîte aux lettres ?",
        "Oui pour `501` : il couvre tout argument ou paramètre mal formé, une adresse n'étant qu'un cas parmi d'autres. Non pour `553` : il concerne toujours un nom de boîte aux lettres mal formé, non autorisé ou ambigu.",
        "Un argument est mal formé : une adresse incorrecte, un argument de `EHLO` invalide, une mauvaise valeur de paramètre d'extension, ou des arguments ajoutés à une commande qui n'en prend pas.",
        "Corrigez la ligne de commande ; le texte de la réponse désigne souvent la partie fautive.",
        "L'adresse donnée dans `MAIL FROM` ou `RCPT TO` a une syntaxe incorrecte ou contient des caractères que le serveur n'accepte pas, comme des caractères non ASCII, ou un nom donné à `VRFY` correspond à plusieurs utilisateurs.",
        "Vérifiez l'adresse caractère par caractère et corrigez-la. Pour une adresse non ASCII, utilisez l'adresse ASCII du destinataire s'il en a une.",
    ],
    // 501 vs 555
    [
        "Le problème est-il un paramètre d'extension que le serveur ne prend pas en charge ?",
        "Non pour `501` : la commande ou le paramètre est connu, mais son argument est mal écrit. Oui pour `555` : un paramètre de `MAIL FROM` ou `RCPT TO` est inconnu ou non implémenté ici.",
        "Une adresse est mal formée, un argument est hors limites ou un paramètre d'extension a une valeur invalide.",
        "Corrigez l'argument ; le texte qui suit le code le désigne souvent.",
        "Le client a ajouté un paramètre comme `SMTPUTF8`, `REQUIRETLS` ou `MT-PRIORITY` que le serveur n'a pas annoncé après `EHLO`.",
        "N'envoyez que les paramètres indiqués dans la réponse à `EHLO`, ou supprimez le paramètre. Si le message a besoin de l'extension, faites-le passer par un serveur qui la prend en charge.",
    ],
    // 504 vs 555
    [
        "Ce code peut-il répondre à `AUTH` ?",
        "Oui pour `504` : il refuse une option de nombreuses commandes, le plus souvent un mécanisme `AUTH`. Non pour `555` : il ne répond qu'à `MAIL FROM` et `RCPT TO`, pour un paramètre d'extension que le serveur ne connaît pas.",
        "La commande est prise en charge, mais pas la variante demandée : un mécanisme `AUTH`, un argument de `VRFY`, `EXPN` ou `HELP`, ou un paramètre de conversion de contenu.",
        "Utilisez une option proposée par le serveur, comme un mécanisme de la réponse à `EHLO`, ou omettez le paramètre.",
        "`MAIL FROM` ou `RCPT TO` portait un paramètre que le serveur n'a pas annoncé, ou un délai Deliver By qu'il ne pourra jamais respecter.",
        "N'envoyez que les paramètres annoncés, ou supprimez celui qui est refusé ; passez par un autre serveur si le message en dépend.",
    ],
    // 455 vs 555
    [
        "Les mêmes paramètres pourraient-ils être acceptés plus tard ?",
        "Oui pour `455` : le serveur a compris les paramètres, mais ne peut pas les honorer pour le moment. Non pour `555` : il ne les reconnaît pas ou ne les implémente pas, et ils échouent donc à chaque fois.",
        "Un paramètre de `MAIL FROM` ou `RCPT TO` demande quelque chose que le serveur ne peut pas fournir dans l'immédiat, par exemple un délai Deliver By que les conditions actuelles rendent impossible.",
        "Réessayez plus tard. Si cela se reproduit, envoyez sans le paramètre ou assouplissez sa valeur, par exemple avec un délai plus tardif.",
        "Un paramètre de `MAIL FROM` ou `RCPT TO` n'a pas été annoncé après `EHLO` : le serveur ne le prend donc pas en charge.",
        "Supprimez le paramètre, ou envoyez le message par un serveur qui prend en charge l'extension.",
    ],
    // 504 vs 534
    [
        "Le mécanisme est-il refusé seulement pour le compte de cet utilisateur ?",
        "Non pour `504` : le serveur ne prend pas en charge le mécanisme, ou ne l'autorise pas sur cette connexion. Oui pour `534` : la politique du serveur exige un mécanisme plus fort pour cet utilisateur.",
        "`AUTH` a désigné un mécanisme que le serveur n'implémente pas, ou qu'il n'autorise qu'après `STARTTLS` (`5.5.4`).",
        "Choisissez un mécanisme dans la liste de la réponse à `EHLO`, en lançant d'abord `STARTTLS` si celui que vous voulez n'est proposé qu'ensuite.",
        "Le mécanisme indiqué dans `AUTH` est plus faible que ce que la politique autorise pour ce compte (`5.7.9`).",
        "Utilisez un mécanisme plus fort ; dans un logiciel de messagerie, changez la méthode d'authentification. Un nouveau mot de passe n'y changera rien.",
    ],
    // 504 vs 538
    [
        "Est-ce la réponse que les serveurs actuels sont censés envoyer ?",
        "Oui pour `504` : la RFC 4954 demande aux serveurs actuels de refuser ainsi un mécanisme non pris en charge ou pas encore proposé. Non pour `538` : ce code est obsolète ; d'anciens serveurs l'envoient pour exiger le chiffrement avant ce mécanisme.",
        "`AUTH` désigne un mécanisme que le serveur ne prend pas en charge, ou qu'il ne propose pas sur une connexion non chiffrée.",
        "Choisissez un mécanisme indiqué dans la réponse actuelle à `EHLO` ; après `STARTTLS` et un nouveau `EHLO`, d'autres mécanismes peuvent être proposés.",
        "Un ancien serveur a reçu `AUTH` avec un mécanisme, généralement en clair, avant `STARTTLS` (`5.7.11`).",
        "Envoyez `STARTTLS`, puis de nouveau `EHLO`, et répétez `AUTH`. Les exploitants de serveurs devraient cesser d'envoyer ce code.",
    ],
    // 530 vs 550
    [
        "Le seul problème est-il une authentification ou un chiffrement manquant ?",
        "Oui pour `530` : le serveur veut seulement `AUTH`, ou, sur certains serveurs, `STARTTLS`, avant de continuer. Non pour `550` : c'est la boîte aux lettres ou le message lui-même qui est refusé, par exemple pour une adresse inconnue ou une règle de politique.",
        "`MAIL FROM` ou une commande ultérieure est arrivée avant `AUTH`, ou avant `STARTTLS` sur un serveur qui exige TLS.",
        "Dans le logiciel de messagerie, activez l'authentification pour le serveur sortant, ainsi que TLS si le texte le demande, puis renvoyez le message.",
        "Le destinataire est inconnu, le relais est refusé, l'expéditeur est bloqué, ou la politique rejette le message.",
        "Suivez le code étendu : pour `5.1.1`, corrigez l'adresse ; pour `5.7.1`, envoyez par votre propre serveur en vous authentifiant, ou corrigez la configuration de l'expéditeur.",
    ],
    // 550 vs 556
    [
        "Le refus vaut-il pour toutes les adresses du domaine ?",
        "Non pour `550` : une boîte aux lettres, un expéditeur ou un message est refusé, et d'autres adresses du domaine peuvent fonctionner. Oui pour `556` : le domaine déclare qu'il ne reçoit aucun courrier.",
        "Une boîte aux lettres est inconnue, l'expéditeur n'y a pas accès, ou la politique rejette ce courrier.",
        "Lisez le code étendu : corrigez l'adresse, ou demandez à l'administrateur de l'expéditeur de régler le problème de politique.",
        "Un relais ou un serveur de soumission trouve un enregistrement MX nul pour le domaine du destinataire et refuse `RCPT TO` sans essayer de se connecter (`5.1.10`).",
        "Vérifiez que le domaine après le `@` ne contient pas de faute de frappe et demandez une adresse qui fonctionne. Un propriétaire de domaine qui veut recevoir du courrier remplace le MX nul par de vrais enregistrements MX.",
    ],
    // 552 vs 554
    [
        "Le code de réponse lui-même indique-t-il que la taille ou l'espace de stockage était en cause ?",
        "Oui pour `552` : il signifie qu'une limite de taille ou de stockage a été dépassée. Non pour `554` : à lui seul, il ne désigne aucune cause, et seuls le code étendu, comme `5.3.4`, ou le texte peuvent dire ce qui a échoué.",
        "La taille déclarée avec `SIZE` à `MAIL FROM` dépasse la limite, les données du message se révèlent trop volumineuses, ou la boîte aux lettres du destinataire est pleine.",
        "Réduisez la taille du message ou envoyez les gros fichiers sous forme de lien. Si la boîte aux lettres est pleine, le destinataire doit libérer de l'espace.",
        "Le serveur refuse le client dès l'accueil, ne trouve aucun destinataire accepté à l'arrivée de `DATA`, ou rejette le contenu après les données du message.",
        "Cherchez la raison dans le texte et le code étendu, puis modifiez ce qui a été refusé ; renvoyer le message à l'identique ne servira à rien.",
    ],
    // 553 vs 554
    [
        "Le problème tient-il à une seule adresse de boîte aux lettres ?",
        "Oui pour `553` : un nom de boîte aux lettres est mal formé, non autorisé ou ambigu. Non pour `554` : c'est toute la transaction ou toute la session qui est refusée, et non une adresse.",
        "L'adresse donnée dans `MAIL FROM` ou `RCPT TO` est mal formée ou contient des caractères que le serveur n'accepte pas, ou un nom donné à `VRFY` est ambigu.",
        "Corrigez l'adresse caractère par caractère et renvoyez le message.",
        "Le serveur refuse le client dès l'accueil, n'a aucun destinataire valide à l'arrivée de `DATA`, ou rejette le contenu.",
        "Lisez le texte et le code étendu. Modifiez le contenu refusé, ou demandez à l'administrateur du domaine d'envoi de faire lever le blocage de l'hôte d'envoi.",
    ],
    // 251 vs 551
    [
        "Le serveur transmet-il lui-même le message ?",
        "Oui pour `251` : il accepte le destinataire et transfère le courrier à la nouvelle adresse. Non pour `551` : il refuse le destinataire, et c'est au client d'envoyer lui-même le message à la nouvelle adresse.",
        "Le destinataire a changé d'adresse, et le serveur accepte le courrier et le transfère, en indiquant la nouvelle adresse.",
        "Rien à faire pour ce message ; l'expéditeur peut mettre à jour son carnet d'adresses.",
        "Le courrier du destinataire est géré ailleurs, et le site révèle la nouvelle adresse plutôt que de transférer le message.",
        "Vérifiez que l'adresse indiquée dans le texte est plausible, envoyez-y le message et mettez à jour le contact.",
    ],
    // 235 vs 535
    [
        "L'authentification a-t-elle réussi ?",
        "Oui pour `235` : les identifiants ont été acceptés pour le reste de la session. Non pour `535` : le serveur a refusé le nom d'utilisateur, le mot de passe ou d'autres identifiants.",
        "Un échange `AUTH` s'est terminé avec des identifiants valides, normalement avec le code étendu `2.7.0`.",
        "Poursuivez avec `MAIL FROM`. Si l'envoi échoue encore, la cause se trouve dans une réponse ultérieure.",
        "Un échange `AUTH` s'est terminé sur un mot de passe erroné, un utilisateur inconnu ou des identifiants insuffisants pour le compte, généralement avec `5.7.8`.",
        "Corrigez les identifiants dans le logiciel de messagerie ; un logiciel client doit les redemander à l'utilisateur au lieu de réessayer avec les mêmes.",
    ],
    // 235 vs 334
    [
        "L'échange `AUTH` est-il terminé ?",
        "Oui pour `235` : l'authentification a réussi. Non pour `334` : le serveur attend la réponse suivante du client dans l'échange.",
        "Le client a mené à bien `AUTH` avec des identifiants que le serveur a acceptés.",
        "Poursuivez avec `MAIL FROM` et le reste de la transaction.",
        "Après `AUTH`, puis après chaque réponse du client, le serveur envoie des données en base64 propres au mécanisme, éventuellement vides, jusqu'à la fin de l'échange.",
        "Répondez par une ligne en base64, ou par `*` pour annuler. Si les authentifications restent bloquées à ce stade, vérifiez que les deux côtés prennent en charge le mécanisme et que rien ne coupe la connexion.",
    ],
    // 334 vs 354
    [
        "Le serveur attend-il le contenu du message ?",
        "Non pour `334` : il attend l'étape suivante d'une authentification `AUTH`. Oui pour `354` : il a accepté `DATA` et attend le message, terminé par une ligne ne contenant qu'un point.",
        "Pendant `AUTH`, le serveur envoie des données définies par le mécanisme, comme un défi, et attend la réponse du client en base64.",
        "Envoyez la réponse en base64, ou `*` pour annuler l'authentification.",
        "Le serveur a accepté `DATA`, une fois au moins un destinataire accepté, et attend l'en-tête, le corps et le point final.",
        "Envoyez le message et la ligne contenant le point, puis attendez la réponse finale.",
    ],
    // 432 vs 535
    [
        "Le mot de passe a-t-il été refusé ?",
        "Non pour `432` : le serveur a besoin d'une première authentification avec `PLAIN` avant que le mécanisme choisi puisse fonctionner pour ce compte. Oui pour `535` : les identifiants n'ont pas été acceptés.",
        "Le serveur ne dispose pas encore des identifiants du compte sous la forme qu'exige le mécanisme `AUTH` demandé (`4.7.12`).",
        "Authentifiez-vous une fois avec `PLAIN`, uniquement sur une connexion chiffrée, puis revenez au mécanisme préféré.",
        "À la fin de `AUTH`, le mot de passe était erroné, l'utilisateur inconnu ou les identifiants insuffisants pour le compte.",
        "Corrigez le nom d'utilisateur et le mot de passe enregistrés dans le logiciel de messagerie.",
    ],
    // 551 vs X.1.6
    [
        "Une nouvelle adresse est-elle indiquée ?",
        "Oui pour `551` : le texte indique généralement l'adresse à utiliser à la place. Non pour `X.1.6` : la boîte aux lettres a été déplacée, mais aucune adresse de réexpédition n'est connue.",
        "Le courrier de l'utilisateur est géré ailleurs, et le site révèle la nouvelle adresse en réponse à `RCPT TO` ou `VRFY`.",
        "Vérifiez que l'adresse indiquée est plausible, envoyez-y le message et mettez à jour le contact.",
        "Une ancienne adresse, par exemple celle d'une personne qui a quitté une organisation, n'accepte plus de courrier, et le serveur n'a aucune nouvelle adresse à proposer.",
        "Retirez l'adresse de vos contacts et de vos listes, et demandez à la personne son adresse actuelle.",
    ],
    // X.2.2 vs X.2.3
    [
        "Un message plus petit entrerait-il dans cette boîte aux lettres ?",
        "Non pour `X.2.2` : la boîte aux lettres a épuisé son quota, et plus rien n'y entre tant que le destinataire n'a pas libéré d'espace. Oui pour `X.2.3` : le message dépasse la limite de taille propre à cette boîte aux lettres, et un message plus petit peut passer.",
        "La boîte aux lettres du destinataire dépasse son quota de stockage, ce qui est constaté à `RCPT TO`, à la fin des données du message ou lors de la remise finale.",
        "Prévenez le destinataire par un autre moyen ; il doit supprimer ou archiver des messages, ou son administrateur augmenter le quota. Après `4.2.2`, votre serveur réessaie ; après `5.2.2`, renvoyez le message plus tard.",
        "Le destinataire a une limite de taille inférieure à la limite générale du serveur, et le message la dépasse. Les serveurs l'envoient avec `552`, généralement après les données du message.",
        "Supprimez ou compressez les pièces jointes, ou partagez les gros fichiers par un lien. Si le destinataire a besoin de recevoir de gros fichiers, son administrateur peut relever la limite de sa boîte aux lettres.",
    ],
    // X.1.1 vs X.1.2
    [
        "Le domaine du destinataire accepte-t-il du courrier ?",
        "Oui pour `X.1.1` : le domaine fonctionne, mais la boîte aux lettres placée avant le `@` n'y existe pas. Non pour `X.1.2` : la partie après le `@` n'existe pas ou ne peut pas recevoir de courrier électronique.",
        "Le serveur destinataire connaît le domaine mais pas la boîte aux lettres, et répond à `RCPT TO` par `550 5.1.1`, ou un serveur plus loin le signale dans un avis de non-remise.",
        "Vérifiez la partie avant le `@` et confirmez l'adresse auprès du destinataire ; la personne est peut-être partie ou a changé d'adresse.",
        "La recherche DNS du domaine du destinataire ne trouve pas ce domaine ou aucun serveur de messagerie utilisable. Les serveurs d'envoi le signalent dans les avis de non-remise, et les relais peuvent l'utiliser pour refuser `RCPT TO`.",
        "Vérifiez que le domaine ne contient pas de faute de frappe, comme une extension mal orthographiée, et confirmez-le auprès du destinataire. Si le domaine est le vôtre, enregistrez-le et publiez des enregistrements MX corrects.",
    ],
    // X.1.1 vs X.2.1
    [
        "La boîte aux lettres existe-t-elle ?",
        "Non pour `X.1.1` : il n'existe aucune boîte aux lettres de ce nom dans le domaine. Oui pour `X.2.1` : la boîte aux lettres existe, mais elle a été désactivée pour le courrier entrant.",
        "Le nom avant le `@` est inconnu dans un domaine qui accepte du courrier : `RCPT TO` reçoit donc `550 5.1.1`.",
        "Corrigez l'adresse ou demandez au destinataire son adresse actuelle ; un nouvel envoi à l'identique échouera de nouveau.",
        "Le fournisseur a suspendu, verrouillé ou fermé le compte sans l'avoir encore supprimé. `4.2.1` signifie un blocage pour un temps, `5.2.1` un blocage qui ne sera pas levé.",
        "Contactez le destinataire par un autre moyen pour obtenir une adresse qui fonctionne ou faire réactiver le compte. Après `4.2.1`, votre serveur réessaie de lui-même.",
    ],
    // X.4.1 vs X.4.2
    [
        "Une connexion au serveur suivant a-t-elle été établie ?",
        "Non pour `X.4.1` : l'hôte n'a jamais répondu, parce qu'il était occupé, arrêté ou injoignable. Oui pour `X.4.2` : une connexion a été établie, mais elle a échoué avant la fin de la transaction.",
        "Le serveur d'envoi n'a obtenu aucune réponse des hôtes de messagerie du destinataire : ses connexions ont expiré ou ont été refusées. Il le signale dans des avis de retard ou dans son journal.",
        "Attendez les nouvelles tentatives. Si cela dure des heures, vérifiez les enregistrements MX du domaine du destinataire, que ses serveurs fonctionnent et acceptent les connexions, et qu'aucun pare-feu ne les bloque.",
        "L'autre côté a cessé de répondre pendant la session, ou la connexion est tombée, par exemple au milieu d'un long transfert `DATA`.",
        "Laissez le serveur d'envoi réessayer, en traitant la transaction comme un `451` temporaire. Si une même destination échoue sans cesse, cherchez des pertes de paquets et vérifiez les délais d'expiration des deux côtés.",
    ],
    // X.4.1 vs X.4.7
    [
        "La remise a-t-elle pris fin parce que le message était trop ancien ?",
        "Non pour `X.4.1` : il désigne l'obstacle réel, un hôte suivant qui n'a pas répondu. Oui pour `X.4.7` : le message est resté en file d'attente au-delà du délai autorisé, ou a manqué une échéance fixée par l'expéditeur.",
        "Les connexions aux hôtes de messagerie du destinataire ont expiré ou ont été refusées : l'hôte semblait donc occupé, arrêté ou injoignable.",
        "Laissez le serveur d'envoi continuer à réessayer. Si cela dure des heures, vérifiez les enregistrements MX du destinataire, ses serveurs de messagerie et tout pare-feu entre les deux.",
        "Un serveur d'envoi a réessayé une destination pendant des jours sans succès et a abandonné, ou un délai fixé avec l'extension Deliver By est dépassé.",
        "Cherchez dans l'avis de non-remise ou dans le journal du serveur les erreurs des tentatives précédentes, corrigez cette cause réelle, puis renvoyez le message.",
    ],
    // X.7.1 vs X.7.26
    [
        "Le code indique-t-il que plusieurs vérifications d'authentification ont échoué ?",
        "Non pour `X.7.1` : il dit seulement que la politique refuse la remise, ce qui peut venir d'un relais, d'une liste de blocage ou d'une seule vérification en échec. Oui pour `X.7.26` : plus d'une vérification, comme SPF, DKIM ou le DNS inverse, a échoué.",
        "Le côté destinataire refuse le relais, bloque l'hôte d'envoi ou l'expéditeur, ou rejette un message qui a échoué à SPF ou à DMARC.",
        "Cherchez dans le texte la règle appliquée. Utilisez votre propre serveur au lieu de demander un relais ; l'administrateur de l'expéditeur corrige SPF ou DMARC, ou demande le retrait de la liste de blocage citée.",
        "Le message a échoué à plusieurs des vérifications d'authentification du destinataire, et sa politique le refuse. Les serveurs utilisent ce code au lieu de ne nommer que le premier échec.",
        "L'administrateur de l'expéditeur corrige toutes les vérifications : tous les serveurs d'envoi dans SPF, des signatures DKIM du domaine de `From` et un DNS inverse cohérent. Un message de test affiche chaque résultat.",
    ],
    // X.7.23 vs X.7.24
    [
        "La vérification SPF a-t-elle abouti à un résultat ?",
        "Oui pour `X.7.23` : le résultat était « fail », car l'enregistrement du domaine n'autorise pas l'adresse IP d'envoi. Non pour `X.7.24` : une erreur a interrompu la vérification, un problème DNS ou un enregistrement cassé.",
        "Le domaine de `MAIL FROM`, ou le nom `HELO`, publie un enregistrement SPF qui ne couvre pas l'adresse IP d'envoi, et la politique du destinataire refuse ce type de courrier.",
        "L'administrateur de l'expéditeur ajoute à l'enregistrement SPF tous les serveurs d'envoi légitimes. Si le transfert en est la cause, le service de transfert devrait réécrire `MAIL FROM` avec son propre domaine.",
        "Les requêtes DNS concernant l'enregistrement SPF expirent (`451 4.7.24`), ou l'enregistrement contient une erreur de syntaxe, est publié deux fois ou nécessite plus de 10 requêtes (`550 5.7.24`).",
        "L'administrateur de l'expéditeur conserve un seul enregistrement commençant par `v=spf1`, corrige les fautes de frappe et ne dépasse pas 10 requêtes. Pour la forme temporaire, assurez-vous que le DNS répond de façon fiable.",
    ],
    // X.7.23 vs X.7.26
    [
        "SPF était-il la seule vérification signalée en échec ?",
        "Oui pour `X.7.23` : le résultat SPF était « fail », et c'est la raison donnée. Non pour `X.7.26` : plusieurs vérifications d'authentification ont échoué, et le code ne dit pas lesquelles.",
        "L'adresse IP d'envoi n'est pas couverte par l'enregistrement SPF du domaine de `MAIL FROM` ou du nom `HELO`, souvent après l'ajout d'un nouveau service de messagerie ou à cause d'un transfert.",
        "Ajoutez le serveur manquant, ou l'`include:` du fournisseur, à l'enregistrement SPF unique du domaine. En cas de transfert, le service de transfert réécrit `MAIL FROM` avec son propre domaine.",
        "Plus d'une vérification a échoué, par exemple pour un courrier falsifié ou un courrier transféré qui a cassé à la fois SPF et DKIM. Un échec DMARC signifie aussi que ni l'un ni l'autre n'a réussi pour le domaine de `From`.",
        "Corrigez ensemble SPF, la signature DKIM par le domaine de `From` et le DNS inverse, puis vérifiez chaque résultat dans l'en-tête `Authentication-Results` d'un message de test.",
    ],
    // X.5.1 vs X.5.2
    [
        "La commande était-elle bien formée ?",
        "Oui pour `X.5.1` : la commande a pu être lue, mais elle n'est pas prise en charge ou est arrivée au mauvais moment de la session. Non pour `X.5.2` : sa syntaxe était incorrecte, ou le mot de commande était inconnu.",
        "Le client a envoyé une commande non prise en charge ou désactivée, ou une commande dans le désordre, par exemple `RCPT TO` avant `MAIL FROM`, ou une commande avant une étape `STARTTLS` obligatoire.",
        "Corrigez le client : respectez l'ordre `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, et n'utilisez que les commandes de la réponse à `EHLO`.",
        "Une commande était mal formée, ou une réponse `AUTH` n'était pas du Base64 valide. `550 5.5.2` signale aussi un enregistrement SPF impossible à interpréter.",
        "Repérez la commande refusée dans le journal SMTP et faites en sorte que le client l'envoie correctement formée. Dans le cas SPF, le propriétaire du domaine d'envoi répare l'enregistrement.",
    ],
    // X.2.3 vs X.3.4
    [
        "La limite de taille s'applique-t-elle à ce seul destinataire ?",
        "Oui pour `X.2.3` : cette boîte aux lettres a sa propre limite, inférieure à celle du serveur, et d'autres destinataires peuvent tout de même recevoir le message. Non pour `X.3.4` : le message dépasse le maximum du système pour tous les destinataires.",
        "Le message dépasse la limite de taille fixée pour la boîte aux lettres d'un destinataire. Il est envoyé avec `552`, généralement après les données du message.",
        "Réduisez la taille du message, ou demandez au destinataire de faire relever par son administrateur la limite de sa boîte aux lettres.",
        "La taille déclarée avec `SIZE` à `MAIL FROM`, ou la taille réelle une fois les données reçues, dépasse le plus gros message que le système destinataire accepte.",
        "Partagez les gros fichiers par un lien ou compressez-les, et restez sous le nombre qui suit `SIZE` dans la réponse du serveur à `EHLO`.",
    ],
    // X.1.1 vs X.1.3
    [
        "L'adresse était-elle bien formée ?",
        "Oui pour `X.1.1` : l'adresse a pu être lue, mais aucune boîte aux lettres de ce nom n'existe. Non pour `X.1.3` : l'adresse est mal formée, et le serveur ne l'a donc même pas recherchée.",
        "Le domaine accepte du courrier mais n'a aucune boîte aux lettres de ce nom ; la réponse typique est `550 5.1.1` à `RCPT TO`.",
        "Confirmez l'adresse auprès du destinataire par un autre moyen et corrigez-la.",
        "L'adresse du destinataire contient des caractères interdits ou des espaces, n'a pas de `@` ou en a un de trop, n'est pas entre chevrons ou est trop longue. Il se présente généralement sous la forme `501 5.1.3`.",
        "Supprimez les caractères parasites et vérifiez qu'il y a un seul `@` et un domaine valide. Les développeurs vérifient que `RCPT TO` contient l'adresse seule, entre chevrons.",
    ],
    // X.1.1 vs X.1.6
    [
        "Le serveur indique-t-il que l'adresse fonctionnait auparavant ?",
        "Non pour `X.1.1` : le serveur dit seulement qu'aucune boîte aux lettres de ce nom n'existe. Oui pour `X.1.6` : la boîte aux lettres a été déplacée, et aucune adresse de réexpédition n'est connue.",
        "Le nom avant le `@` est inconnu dans un domaine qui accepte du courrier.",
        "Vérifiez que l'adresse ne contient pas de faute de frappe et confirmez-la auprès du destinataire.",
        "L'adresse appartient à une personne qui a quitté l'organisation ou changé de fournisseur, et le serveur n'a aucune nouvelle adresse à proposer.",
        "Cessez d'utiliser cette adresse, retirez-la de vos contacts et de vos listes de diffusion, et demandez à la personne son adresse actuelle.",
    ],
    // X.1.2 vs X.1.10
    [
        "Le domaine a-t-il déclaré qu'il n'accepte aucun courrier ?",
        "Non pour `X.1.2` : le domaine n'existe pas ou n'a aucun serveur de messagerie utilisable. Oui pour `X.1.10` : il publie un MX nul, une déclaration délibérée qu'il n'accepte aucun courrier électronique.",
        "La recherche DNS du domaine du destinataire ne trouve pas ce domaine, ou aucun serveur de messagerie utilisable.",
        "Vérifiez que le domaine ne contient pas de faute de frappe et confirmez l'adresse. Si le domaine est le vôtre, assurez-vous qu'il est enregistré et qu'il publie des enregistrements MX ou d'adresse.",
        "La recherche DNS trouve un MX nul pour le domaine du destinataire : les serveurs refusent donc `RCPT TO` immédiatement, généralement avec `556`.",
        "Vérifiez s'il s'agit d'une faute de frappe ou d'un domaine sosie, et obtenez une adresse qui fonctionne. Un propriétaire qui veut recevoir du courrier remplace le MX nul par de vrais enregistrements MX.",
    ],
    // X.1.3 vs X.1.7
    [
        "L'adresse mal formée est-elle celle du destinataire ?",
        "Oui pour `X.1.3` : l'adresse donnée dans `RCPT TO` n'est pas bien formée. Non pour `X.1.7` : c'est l'adresse de l'expéditeur, généralement celle de `MAIL FROM`, qui est mal formée.",
        "L'adresse du destinataire contient des caractères interdits, n'a pas de `@` ou en a un de trop, ou n'est pas entre chevrons.",
        "Corrigez l'adresse du destinataire et renvoyez le message.",
        "L'adresse de l'expéditeur n'a pas de domaine ou pas de `@`, contient des caractères invalides ou n'est pas entre chevrons, souvent parce qu'un script, un formulaire ou un appareil est mal configuré.",
        "Corrigez l'adresse de l'expéditeur dans les réglages du programme ou de l'appareil. `MAIL FROM` ne doit contenir que l'adresse seule entre chevrons, sans nom d'affichage.",
    ],
    // X.2.2 vs X.3.1
    [
        "Le destinataire peut-il régler le problème en supprimant des messages ?",
        "Oui pour `X.2.2` : seule sa boîte aux lettres dépasse son quota. Non pour `X.3.1` : c'est tout le système de messagerie qui n'a plus d'espace de stockage, et seul son administrateur peut en ajouter.",
        "La boîte aux lettres d'un destinataire a atteint son quota ; d'autres destinataires sur le même serveur peuvent encore recevoir le message.",
        "Prévenez le destinataire par un autre moyen ; il supprime ou archive des messages, ou son administrateur augmente le quota.",
        "Le disque ou l'espace de file d'attente du serveur est épuisé : il répond donc à `MAIL FROM`, `RCPT TO` ou aux données du message par `452 4.3.1`.",
        "Les expéditeurs patientent pendant que le message est réessayé ; l'administrateur du serveur destinataire libère de l'espace disque ou ajoute du stockage.",
    ],
    // X.3.1 vs X.5.3
    [
        "Le serveur manque-t-il d'espace de stockage ?",
        "Oui pour `X.3.1` : le système de messagerie dans son ensemble n'a plus de place. Non pour `X.5.3` : le message désigne plus de destinataires que le serveur n'en accepte dans une transaction.",
        "Le disque ou l'espace de file d'attente est épuisé, ou il n'y a pas de place pour la taille déclarée avec `SIZE`. Il se présente sous la forme `452 4.3.1`.",
        "L'expéditeur n'a rien à faire ; l'administrateur du serveur destinataire libère ou ajoute de l'espace de stockage.",
        "`RCPT TO` a dépassé la limite de destinataires par message du serveur ; il arrive généralement avec `452`, parfois avec `451`, ou sous la forme permanente `5.5.3`.",
        "Envoyez le message aux destinataires déjà acceptés, et aux autres dans une nouvelle transaction ; pour un envoi à beaucoup de monde, découpez la liste ou utilisez une liste de diffusion.",
    ],
    // X.4.3 vs X.4.4
    [
        "Est-ce le service d'annuaire lui-même qui n'a pas répondu ?",
        "Oui pour `X.4.3` : le DNS ou un autre service d'annuaire était injoignable ou n'a pas répondu. Non pour `X.4.4` : ce sont les données de routage qui posent problème, typiquement un domaine sans enregistrements MX ou d'adresse utilisables.",
        "Une recherche DNS nécessaire à la remise a expiré ou échoué du côté du serveur DNS, par exemple pendant une vérification SPF (`451 4.4.3`).",
        "Laissez les nouvelles tentatives se faire. Si cela persiste, vérifiez le résolveur du serveur qui signale l'erreur et les serveurs de noms du domaine concerné.",
        "Le domaine du destinataire n'existe pas, n'a pas d'enregistrements MX ou d'adresse utilisables, ou ne renvoie qu'un enregistrement SOA : aucun prochain saut n'est donc connu.",
        "Vérifiez que le domaine du destinataire ne contient pas de faute de frappe. S'il est correct, son propriétaire doit publier des enregistrements MX ou d'adresse menant à un serveur de messagerie joignable.",
    ],
    // X.7.8 vs X.7.9
    [
        "Les identifiants eux-mêmes ont-ils été refusés ?",
        "Oui pour `X.7.8` : le nom d'utilisateur, le mot de passe ou les autres identifiants étaient erronés ou insuffisants. Non pour `X.7.9` : seul le mécanisme d'authentification a été refusé, car jugé trop faible, et le mot de passe est peut-être correct.",
        "Un serveur de soumission refuse `AUTH` avec `535 5.7.8`, par exemple parce que le logiciel de messagerie a encore un ancien mot de passe enregistré.",
        "Saisissez de nouveau le nom d'utilisateur et le mot de passe du serveur sortant ; certains fournisseurs demandent l'adresse complète comme nom d'utilisateur, ou un mot de passe d'application.",
        "`AUTH` a utilisé un mécanisme plus faible que ce que la politique du serveur autorise pour le compte, et la réponse est `534 5.7.9`.",
        "Choisissez un autre mécanisme parmi ceux qui suivent `AUTH` dans la réponse à `EHLO`, ou demandez au fournisseur lequel il exige.",
    ],
    // X.7.8 vs X.7.13
    [
        "Les informations de connexion étaient-elles correctes ?",
        "Non pour `X.7.8` : les identifiants étaient erronés ou insuffisants. Oui pour `X.7.13` : l'authentification a réussi, mais le compte a été désactivé et ne peut pas envoyer.",
        "`AUTH` a échoué et le serveur répond `535 5.7.8`, typiquement parce qu'un ancien mot de passe est enregistré dans le logiciel de messagerie.",
        "Corrigez le nom d'utilisateur et le mot de passe du serveur sortant, ou utilisez le mot de passe d'application distinct qu'exige le fournisseur.",
        "Juste après un `AUTH` réussi, le fournisseur refuse un compte qu'il a désactivé, par exemple pour des factures impayées, des abus ou des signes de piratage.",
        "Cessez de ressaisir le mot de passe. Contactez le fournisseur pour savoir pourquoi le compte a été désactivé et le faire réactiver.",
    ],
    // X.7.7 vs X.7.20
    [
        "Le message est-il refusé parce que le système destinataire exige une signature DKIM valide ?",
        "Non pour `X.7.7` : le reproche est que le message a été modifié après sa signature, et son contrôle d'intégrité a donc échoué. Oui pour `X.7.20` : le système destinataire exige un résultat DKIM positif, et le message n'était pas signé ou toutes ses signatures ont échoué.",
        "Un vérificateur constate qu'un message signé ou protégé ne correspond plus à sa signature, souvent parce qu'un serveur a réécrit des en-têtes ou ajouté du texte après la signature.",
        "Trouvez ce qui modifie le message après sa signature, comme des listes de diffusion, des services de transfert ou des outils qui ajoutent un pied de page, et signez en toute dernière étape, juste avant que le message parte.",
        "Un système destinataire qui exige DKIM a reçu, une fois les données du message arrivées, un message sans signature, ou avec uniquement des signatures en échec.",
        "Signez tout le courrier sortant avec DKIM et publiez la clé publique à `<selector>._domainkey.<domain>`, puis vérifiez qu'un message de test obtient un résultat DKIM positif.",
    ],
    // X.7.20 vs X.7.22
    [
        "Au moins une signature DKIM a-t-elle été validée ?",
        "Non pour `X.7.20` : le message n'avait aucune signature, ou elles ont toutes échoué. Oui pour `X.7.22` : des signatures ont été vérifiées, mais aucune n'a été apposée par le domaine du champ d'en-tête `From`.",
        "Un système destinataire qui exige DKIM a reçu un message non signé, ou dont les signatures ont échoué, par exemple parce que la clé est absente du DNS.",
        "Signez tout le courrier sortant, publiez la clé publique à `<selector>._domainkey.<domain>` et empêchez toute modification du message après sa signature.",
        "Un service de messagerie a signé avec son propre domaine au lieu du domaine `From` du client, et le système destinataire exige que les deux correspondent.",
        "Faites en sorte que le domaine `d=` de la signature soit celui de `From`, par exemple en activant dans le service la signature DKIM avec votre propre domaine.",
    ],
    // X.1.10 vs X.7.27
    [
        "Le MX nul est-il celui du domaine du destinataire ?",
        "Oui pour `X.1.10` : le domaine auquel vous écrivez n'accepte aucun courrier. Non pour `X.7.27` : c'est le domaine de l'expéditeur qui publie le MX nul, si bien que les réponses et les avis de non-remise ne pourraient jamais lui parvenir.",
        "Le domaine du destinataire publie un MX nul : les serveurs refusent donc `RCPT TO` immédiatement, généralement avec `556`.",
        "Vérifiez si le domaine du destinataire contient une faute de frappe ou s'il s'agit d'un sosie, et demandez au destinataire une adresse qui fonctionne.",
        "Le domaine de `MAIL FROM` ou du champ d'en-tête `From` a un MX nul ; il s'agit souvent d'une adresse de retour usurpée ou d'un MX nul publié par erreur.",
        "Envoyez depuis un domaine qui peut recevoir du courrier. Si le domaine est censé envoyer du courrier, son administrateur remplace le MX nul par de vrais enregistrements MX.",
    ],
    // X.0.0 vs X.7.0
    [
        "Le code indique-t-il de quel type de problème il s'agit ?",
        "Non pour `X.0.0` : il ne donne que la classe (succès, échec temporaire ou permanent) et rien sur la cause. Oui pour `X.7.0` : une règle de sécurité ou de politique a bloqué la commande ou le message.",
        "Le logiciel ne sait pas associer le résultat à un code plus précis. `2.0.0` marque aussi des succès courants, comme la réponse `221` à `QUIT`.",
        "Pour `4.0.0`, le serveur d'envoi réessaie. Pour `5.0.0`, lisez le texte et, s'il n'explique rien, envoyez la ligne d'erreur et son horodatage à l'administrateur du serveur.",
        "Une étape de sécurité a bloqué la commande : `454 4.7.0` pour un problème d'authentification temporaire, `530 5.7.0` lorsque `AUTH` ou `STARTTLS` doit passer en premier, ou un refus de politique inexpliqué.",
        "Faites ce que demande le serveur, d'abord `STARTTLS` ou `AUTH`, ou réessayez plus tard après `454`. Sinon, adressez-vous au postmaster du site destinataire.",
    ],
    // X.5.1 vs X.5.4
    [
        "La commande elle-même était-elle acceptable ?",
        "Non pour `X.5.1` : la commande n'est pas prise en charge ou est arrivée au mauvais moment de la session. Oui pour `X.5.4` : la commande était valide, mais l'un de ses arguments ne l'était pas.",
        "Le client a envoyé une commande inconnue ou désactivée, un second `MAIL FROM` dans une même transaction, ou une commande avant une étape `STARTTLS` ou `AUTH` obligatoire.",
        "Corrigez l'ordre des commandes du client et n'utilisez que les commandes indiquées dans la réponse à `EHLO`.",
        "Un mécanisme `AUTH` que le serveur ne propose pas (`504 5.5.4`), un paramètre de `MAIL FROM` ou `RCPT TO` inconnu, ou une valeur invalide pour un paramètre d'extension.",
        "Comparez la commande refusée avec la réponse à `EHLO` et n'envoyez que des paramètres pris en charge, avec des valeurs valides.",
    ],
    // X.7.1 vs X.7.23
    [
        "Le code indique-t-il que SPF était la raison du refus ?",
        "Non pour `X.7.1` : il dit seulement que la remise n'est pas autorisée, ce qui peut venir d'un relais, d'une liste de blocage ou d'une autre règle. Oui pour `X.7.23` : la vérification SPF a donné « fail » pour l'adresse IP d'envoi.",
        "Le relais est refusé, un filtre bloque l'hôte ou l'expéditeur, ou un serveur signale ainsi une vérification SPF en échec, comme le recommande la RFC 7208.",
        "Cherchez la règle dans le texte. Envoyez par votre propre serveur au lieu de demander un relais, ou faites corriger par l'administrateur de l'expéditeur SPF, DMARC ou une inscription sur une liste de blocage.",
        "Le domaine de `MAIL FROM` ou le nom `HELO` a un enregistrement SPF qui n'autorise pas l'adresse IP d'envoi, et la politique rejette ce type de courrier.",
        "L'administrateur de l'expéditeur indique tous les serveurs légitimes dans l'unique enregistrement SPF du domaine, avec `ip4:`, `ip6:` ou l'`include:` du fournisseur.",
    ],
    // X.7.23 vs X.7.25
    [
        "La vérification portait-elle sur l'enregistrement SPF de l'expéditeur ?",
        "Oui pour `X.7.23` : l'enregistrement SPF du domaine de `MAIL FROM`, ou du nom `HELO`, n'a pas autorisé l'adresse IP d'envoi. Non pour `X.7.25` : c'est l'adresse IP elle-même qui a échoué à une vérification du DNS inverse.",
        "L'enregistrement SPF du domaine de l'expéditeur ne couvre pas le serveur d'envoi, souvent après l'ajout d'un nouveau service de messagerie ou à cause d'un transfert.",
        "Ajoutez les serveurs manquants à l'enregistrement SPF ; les services de transfert réécrivent `MAIL FROM` avec leur propre domaine.",
        "L'adresse IP d'envoi n'a pas d'enregistrement PTR, ou son nom PTR ne renvoie pas à la même adresse, comme c'est souvent le cas des nouveaux serveurs dans le cloud.",
        "Demandez à qui gère l'adresse IP un enregistrement PTR indiquant le nom du serveur de messagerie, avec un enregistrement A ou AAAA correspondant, et utilisez ce nom dans `EHLO`.",
    ],
];
