// @generated from data/ by build/ (the texts of Portuguese (Brazil), `pt`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Status do sistema ou resposta de ajuda do sistema",
        "O servidor responde a um pedido de informação com um relatório sobre o próprio status ou com uma ajuda geral. É uma resposta de sucesso feita para uma pessoa ler; nenhum e-mail foi enviado ou alterado.",
        "Os servidores podem enviá-lo em resposta ao `HELP`, como alternativa ao `214`. Quase nunca aparece na entrega normal de e-mails, porque os programas de e-mail não têm motivo para pedir ajuda.",
        "Não há nada a corrigir: o comando funcionou. Leia o texto se foi você quem o pediu, mas não deixe nenhum programa depender da redação, que muda de um servidor para outro.",
    ],
    // 214
    [
        "Mensagem de ajuda",
        "O servidor responde ao `HELP` com um texto para uma pessoa ler, como os comandos que aceita ou a forma de usar um deles. É uma resposta de sucesso; nada mudou na entrega de e-mails.",
        "Os servidores o enviam em resposta ao `HELP`, com ou sem um nome de comando como argumento, muitas vezes em várias linhas. Quem mais o vê são as pessoas que testam um servidor digitando comandos à mão.",
        "Não há nada a corrigir. Leia o texto se você pediu ajuda; programas não devem interpretá-lo, porque o conteúdo é livre e varia de servidor para servidor.",
    ],
    // 220
    [
        "Serviço pronto",
        "O servidor está pronto. Na primeira linha de uma conexão, é a saudação que convida o cliente a continuar com `EHLO`; como resposta ao `STARTTLS`, avisa o cliente para iniciar agora o handshake TLS.",
        "Os servidores o enviam assim que um cliente se conecta, geralmente seguido do próprio nome de host, e em resposta ao `STARTTLS` quando estão prontos para criptografar a conexão. Um servidor que recusa a sessão inteira usa `554` ou `521` como saudação.",
        "Não há nada a corrigir. Depois da saudação, o cliente continua com `EHLO`. Depois de um `220` em resposta ao `STARTTLS`, ele conclui o handshake TLS e envia `EHLO` de novo, porque o que foi combinado antes da criptografia deixa de valer.",
    ],
    // 221
    [
        "Serviço encerrando o canal de transmissão",
        "O servidor aceitou o `QUIT` e está encerrando a conexão de forma ordenada. Tudo o que ele confirmou antes nesta sessão continua confirmado.",
        "Os servidores o enviam em resposta ao `QUIT` no fim normal de uma sessão, geralmente com o próprio nome de host. Costuma aparecer como última linha no log de uma entrega que falhou, mas registra só a despedida, não a falha.",
        "Não há nada a corrigir. Se uma entrega falhou na mesma sessão, veja a resposta logo antes do `QUIT`: é ela que indica o problema.",
    ],
    // 235
    [
        "Autenticação bem-sucedida",
        "A troca `AUTH` deu certo: o servidor aceitou o nome de usuário e a senha, ou outras credenciais, para o restante desta sessão. Normalmente vem acompanhado do código estendido `2.7.0`.",
        "Os servidores o enviam ao fim de uma troca `AUTH` bem-sucedida, tipicamente quando um programa de e-mail ou uma aplicação faz login no servidor de saída antes de enviar.",
        "Não há nada a corrigir. Se o envio ainda falhar depois deste ponto, a causa está numa resposta posterior, por exemplo um `550` ou `554` sobre o remetente ou sobre um destinatário.",
    ],
    // 250
    [
        "Ação de e-mail solicitada realizada com sucesso",
        "O comando foi bem-sucedido. Depois do ponto final da mensagem (ou do último bloco `BDAT`), significa mais: o servidor assumiu a responsabilidade pela mensagem e vai entregá-la ou, mais tarde, enviar uma mensagem de devolução.",
        "Os servidores o enviam para aceitar `EHLO`, `MAIL FROM`, cada `RCPT TO`, os dados da mensagem, `RSET`, `NOOP` e um `VRFY` ou `EXPN` confirmado. As extensões também o usam: para cada bloco `BDAT`, para `BURL`, quando o `ETRN` inicia o processamento da fila e quando o `ATRN` transfere a sessão.",
        "Não há nada a corrigir. Se uma mensagem aceita com `250` nunca chegou, ela se perdeu depois deste servidor: verifique os logs do servidor que enviou o `250`, usando o ID de fila que muitos servidores incluem no texto, e a pasta de spam do destinatário.",
    ],
    // 251
    [
        "Usuário não local; a mensagem será encaminhada",
        "O servidor aceitou o destinatário, mas a caixa postal não fica neste servidor: ele vai repassar a mensagem para outro endereço, que informa no texto. Nada falhou. Em resposta ao `ETRN`, o mesmo código significa outra coisa: não há e-mails aguardando para o domínio solicitado.",
        "Os servidores podem enviá-lo depois de `RCPT TO` ou `VRFY` para um usuário que mudou de endereço. Os servidores também podem encaminhar sem avisar e responder com um simples `250`. Servidores com suporte a `ETRN` o enviam quando a fila do domínio indicado está vazia.",
        "Não é preciso fazer nada com esta mensagem. Se o texto indicar um novo endereço, o remetente pode atualizar o catálogo de endereços para que os próximos e-mails sigam direto para lá.",
    ],
    // 252
    [
        "Não é possível verificar o usuário, mas a mensagem será aceita e haverá tentativa de entrega",
        "O servidor não confirma se o endereço existe, mas aceita e-mails para ele e tenta entregá-los. A resposta não diz nada sobre a caixa postal. Em resposta ao `ETRN`, o mesmo código significa que o servidor começou a enviar os e-mails que aguardavam para aquele domínio.",
        "Muitos servidores respondem assim a todo `VRFY` e `EXPN`, porque confirmar endereços ajuda spammers a coletá-los. Também é a resposta usada quando o texto precisaria conter UTF-8 e o cliente não autorizou isso com `SMTPUTF8`.",
        "Não há nada a corrigir. Não trate a resposta como prova de que a caixa postal existe: a única forma de saber é enviar uma mensagem e ver se ela volta.",
    ],
    // 253
    [
        "Início do envio das mensagens pendentes do nó, com a contagem de mensagens",
        "Resposta ao `ETRN`: o servidor começou a entregar os e-mails que guarda para o domínio ou host solicitado, e o texto informa quantas mensagens estão aguardando. É uma resposta de sucesso.",
        "Servidores com suporte a `ETRN` o enviam a um servidor de e-mail de conexão intermitente, como o de um pequeno escritório, que se conectou para pedir os e-mails em fila. Nenhum outro comando o retorna.",
        "Não há nada a corrigir. Mantenha seu servidor de e-mail acessível: o provedor entrega a ele as mensagens em fila por meio de novas conexões SMTP comuns.",
    ],
    // 334
    [
        "Desafio de autenticação",
        "O servidor está no meio de uma troca `AUTH` e aguarda a próxima resposta do cliente. O texto depois do código são dados em base64 definidos pelo mecanismo escolhido, como um desafio; ele pode vir vazio.",
        "Os servidores o enviam depois do `AUTH` e depois de cada resposta do cliente, até a troca terminar. Um log que para no `334` indica que o cliente nunca respondeu ou que a conexão caiu.",
        "Em si, não há nada a corrigir: o cliente responde com uma linha em base64, ou com `*` para cancelar. Se o login travar aqui, verifique se cliente e servidor aceitam o mesmo mecanismo e se nada entre eles derruba a conexão.",
    ],
    // 354
    [
        "Inicie a entrada da mensagem; termine com uma linha contendo apenas um ponto",
        "O servidor aceitou o `DATA` e aguarda a mensagem propriamente dita: os campos de cabeçalho, uma linha em branco, o corpo e, por fim, uma linha com um único ponto. Nada foi aceito para entrega ainda.",
        "Os servidores o enviam em resposta ao `DATA` depois que pelo menos um destinatário foi aceito. Uma sessão que termina logo depois do `354` geralmente indica que a conexão caiu ou expirou durante o envio da mensagem.",
        "Não há nada a corrigir: envie a mensagem, termine com a linha do ponto e aguarde a resposta final, `250` ou um erro. Se as sessões travarem aqui com frequência, procure um link de rede lento ou instável ou um equipamento de filtragem entre os dois servidores.",
    ],
    // 355
    [
        "O deslocamento em octetos é o deslocamento da transação",
        "Resposta da extensão experimental de checkpoint e reinício: o servidor ainda guarda parte de uma mensagem de uma tentativa interrompida com o mesmo ID de transação, e o número no texto informa quantos octetos ele já tem. A transferência pode continuar desse ponto em vez de recomeçar.",
        "Só servidores que oferecem a extensão `CHECKPOINT` o enviam, em resposta a um `MAIL FROM` com um parâmetro `TRANSID` que corresponde a uma transação inacabada. É muito raro na prática.",
        "Não há nada a corrigir. Um cliente que usa a extensão continua a transação e envia apenas o que vem depois do deslocamento informado; um cliente que nunca envia `TRANSID` nunca deveria receber esta resposta.",
    ],
    // 400
    [
        "Falha temporária, tente novamente mais tarde",
        "Não é uma resposta padrão: nenhuma RFC define o `400`, e ele não diz nada além do primeiro dígito, que indica uma falha temporária. O servidor de e-mail Courier o usa para várias recusas temporárias, por exemplo quando exige `STARTTLS` primeiro ou não consegue consultar um destinatário no momento.",
        "O Courier responde assim à maioria dos comandos quando a conexão precisa ser criptografada e o cliente ainda não enviou `STARTTLS`. Também responde desse jeito ao `RCPT TO` quando a consulta de aliases falha, e usa o mesmo código para informar que não conseguiu iniciar seu processo interno de submissão.",
        "Trate-o como qualquer outra resposta 4xx e deixe o servidor de envio tentar de novo mais tarde. Se o texto pedir `STARTTLS`, ative o TLS no cliente ou no servidor de envio. Se ele continuar aparecendo por outro motivo, o operador do servidor que respondeu precisa verificar os logs.",
    ],
    // 417
    [
        "Falha temporária na verificação do remetente ou do HELO",
        "Não é uma resposta padrão: nenhuma RFC define o `417`. O servidor de e-mail Courier o envia quando uma verificação do remetente não pôde ser concluída por um motivo temporário, geralmente uma consulta DNS do domínio do remetente ou do nome `HELO`. A contrapartida permanente no Courier é o `517`.",
        "O Courier responde ao `MAIL FROM` com ele quando as verificações opcionais do remetente estão ativadas e a consulta DNS do domínio do remetente ou do nome `HELO` falha ou expira. Também é usado para resultados de SPF que o servidor está configurado para tratar como temporários, e não como definitivos.",
        "Deixe o servidor de envio tentar de novo; uma queda breve do DNS se resolve sozinha. Se persistir, o administrador do domínio do remetente deve verificar se os servidores DNS do domínio respondem de forma confiável, e o servidor de envio deve se apresentar com um nome `HELO` que resolva.",
    ],
    // 421
    [
        "Serviço indisponível, encerrando o canal de transmissão",
        "O servidor está encerrando a conexão e não vai processar mais nada nesta sessão. O problema é temporário: não há nada de errado com sua mensagem, e a mesma entrega deve funcionar mais tarde.",
        "Os servidores o enviam no lugar da saudação quando estão sobrecarregados ou aplicando greylisting a você, e em resposta a qualquer comando quando precisam ser desligados. Um servidor interrompido de forma abrupta pode enviá-lo logo antes de a conexão cair.",
        "Não há nada a corrigir na mensagem: deixe seu servidor de e-mail colocá-la na fila e tentar de novo mais tarde, com intervalos crescentes. Se isso se repetir a partir de um mesmo endereço IP de envio, reduza a taxa de envio, verifique se o endereço não está em uma lista de bloqueio e leia o texto depois do código, que muitas vezes indica o motivo.",
    ],
    // 422
    [
        "Código não oficial associado a uma transição de senha",
        "Não é uma resposta padrão: nenhuma RFC define o `422`. O registro da IANA o lista ao lado do `432` como código básico que pode acompanhar o `X.7.12`, transição de senha necessária, enquanto o script de greylisting que vem com o servidor de e-mail Stalwart envia `422 4.2.2` para adiar e-mails de um remetente que ele ainda não conhece.",
        "Depois do `RCPT TO`, é um adiamento por greylisting, como no script do Stalwart: o servidor recusa a primeira tentativa de um remetente desconhecido e aceita uma nova tentativa alguns minutos depois. Depois do `AUTH`, ele ocuparia o lugar em que a RFC 4954 usa `432 4.7.12`.",
        "Depois do `RCPT TO`, deixe o servidor de envio tentar de novo por conta própria; a nova tentativa passa assim que termina o prazo do greylisting. Depois do `AUTH`, trate-o como o `432`: faça login uma vez com o mecanismo PLAIN por uma conexão criptografada e depois volte a usar o mecanismo preferido.",
    ],
    // 424
    [
        "Falha temporária ao expandir um alias ou encaminhamento",
        "Não é uma resposta padrão: nenhuma RFC define o `424`. O OpenSMTPD o envia, junto com o `4.2.4`, quando não consegue determinar no momento para onde devem ir os e-mails de um destinatário, porque falhou a consulta de um alias, de um endereço virtual ou de um arquivo de encaminhamento.",
        "O OpenSMTPD o retorna em resposta ao `RCPT TO` quando a consulta a uma tabela para o destinatário devolve um erro temporário, como um banco de dados ou arquivo que não pode ser lido, ou um arquivo de encaminhamento do usuário que não pode ser verificado. A forma permanente do mesmo problema é o `524` com `5.2.4`.",
        "O lado que envia só precisa tentar de novo mais tarde. O operador do servidor OpenSMTPD de destino deve ler os logs, verificar as tabelas de aliases, de endereços virtuais e de encaminhamento que ele usa e garantir que os backends por trás delas estejam acessíveis.",
    ],
    // 430
    [
        "Código não oficial associado a um comando inválido",
        "Não é uma resposta padrão: nenhuma RFC define o `430`. O patch chkuser para qmail o envia quando não consegue verificar um destinatário no momento, e o registro da IANA o lista entre os códigos básicos que podem acompanhar o `X.5.1`, comando inválido. Por ser um código 4xx, ele indica uma falha temporária.",
        "O patch chkuser responde ao `RCPT TO` com `430`, e com `#4.3.0` no texto, quando não consegue acessar o banco de dados de usuários com o qual verifica os destinatários. Outros servidores podem usá-lo com outro sentido; por isso, o texto depois do código é a melhor explicação.",
        "Deixe o servidor de envio tentar de novo mais tarde, como em qualquer código 4xx; a mensagem em si não precisa de nenhuma mudança. Se ele continuar aparecendo, o administrador do servidor que respondeu precisa consertar o banco de dados de usuários por trás da verificação de destinatários (no chkuser, o do vpopmail).",
    ],
    // 431
    [
        "O sistema de e-mail de destino está cheio",
        "Não é uma resposta padrão: nenhuma RFC define o `431`, embora o número espelhe o código estendido `4.3.1`. O servidor de e-mail Courier o envia quando está com pouco espaço em disco e não consegue aceitar com segurança o destinatário ou a mensagem, e também para um limite flexível do número de destinatários.",
        "O Courier responde ao `RCPT TO` com ele quando o espaço livre está abaixo do limite configurado, e responde com ele ao fim do `DATA` quando a mensagem não pode ser gravada por falta de espaço. Com um limite flexível de destinatários configurado, cada `RCPT TO` acima do limite recebe esse código com uma observação sobre destinatários demais.",
        "O remetente só precisa esperar: um servidor de e-mail normal guarda a mensagem e tenta de novo, e os destinatários recusados pelo limite vão numa transação posterior. O operador do servidor de destino precisa liberar espaço em disco ou aumentar o sistema de arquivos que guarda a fila de e-mails.",
    ],
    // 432
    [
        "É necessária uma transição de senha",
        "O login com o mecanismo `AUTH` escolhido ainda não funciona para esta conta. Primeiro o servidor precisa de um login com o mecanismo simples PLAIN para preparar o que o mecanismo escolhido exige. É enviado com o código estendido `4.7.12`.",
        "Os servidores o enviam em resposta ao `AUTH` quando ainda não têm as credenciais da conta no formato que o mecanismo solicitado exige. É raro; a maioria dos usuários de e-mail nunca o encontra.",
        "No programa de e-mail, faça login uma vez com PLAIN, somente por uma conexão criptografada, e depois volte ao mecanismo preferido; a partir daí deve funcionar. Se o programa não permitir escolher o mecanismo, peça ao provedor de e-mail que conclua a transição da conta.",
    ],
    // 435
    [
        "Não é possível autenticar no momento",
        "Não é uma resposta padrão: nenhuma RFC define o `435`; a extensão de autenticação usa o `454` para falhas temporárias. O Exim o envia quando não conseguiu decidir se o login é válido; portanto, o problema está do lado do servidor e pode desaparecer.",
        "O Exim responde ao `AUTH` com ele quando um autenticador adia a decisão, por exemplo porque falhou a consulta da senha num banco de dados ou serviço externo, ou porque uma verificação configurada não pôde ser avaliada. Um resultado inesperado de um autenticador é informado com o mesmo código e as palavras “Internal error”.",
        "Tente fazer login de novo mais tarde; as credenciais não foram consideradas erradas. Se persistir, o administrador do Exim deve consultar o log principal, que registra por que o autenticador adiou a decisão, e corrigir a consulta ou o serviço do qual ela depende.",
    ],
    // 450
    [
        "Ação de e-mail solicitada não realizada: caixa postal indisponível",
        "O servidor não aceitou agora a mensagem para este destinatário, mas só por enquanto: a caixa postal estava ocupada ou bloqueada, ou uma verificação de política como o greylisting pediu ao remetente que voltasse mais tarde. Uma nova tentativa com a mesma mensagem pode dar certo.",
        "Os servidores o enviam depois do `RCPT TO` ou dos dados da mensagem, tipicamente por greylisting ou enquanto uma caixa postal ou um remetente está bloqueado temporariamente. Provedores ODMR o usam para recusar um pedido `ATRN`, e um servidor de submissão pode usá-lo para uma mensagem cujo `MT-PRIORITY` é baixo demais.",
        "Em geral, nada: o servidor de envio coloca a mensagem na fila e tenta de novo, e os e-mails retidos pelo greylisting passam numa tentativa posterior. Se os atrasos durarem dias, o administrador do remetente deve ler o texto depois do código, verificar as listas de bloqueio e entrar em contato com o postmaster do destinatário.",
    ],
    // 451
    [
        "Ação solicitada abortada: erro local no processamento",
        "O servidor encontrou um problema temporário do próprio lado ao tratar o comando, como uma consulta DNS ou de banco de dados que falhou ou um serviço interno que não respondeu, e desistiu desta etapa. Sua mensagem não é a causa, e uma nova tentativa mais tarde pode funcionar.",
        "Os servidores o enviam depois de `MAIL FROM`, `RCPT TO` ou dos dados da mensagem quando uma verificação ou consulta interna falha. Ele também recusa o `ATRN` quando o provedor não consegue processá-lo agora, e o `BURL` quando o servidor IMAP que guarda a mensagem está inacessível. Um cliente trata uma conexão derrubada como um `451`.",
        "Deixe o servidor de envio tentar de novo mais tarde; a maioria dos casos se resolve sozinha. Se repetir, o operador do servidor que respondeu precisa achar nos logs o componente que está falhando; o texto depois do código e códigos estendidos como `4.4.3` ou `4.3.0` ajudam a localizá-lo.",
    ],
    // 452
    [
        "Ação solicitada não realizada: armazenamento insuficiente no sistema",
        "O servidor não pode aceitar isso agora porque está sem espaço em disco ou atingiu o limite de destinatários por mensagem. A condição é temporária, então a mesma mensagem pode ser aceita mais tarde ou em partes menores.",
        "Os servidores o enviam depois do `MAIL FROM` quando o tamanho declarado com `SIZE` não cabe no espaço livre, depois do `RCPT TO` quando o limite de destinatários de uma mensagem é atingido e depois dos dados da mensagem quando o armazenamento se esgota. Os destinatários aceitos antes de o limite ser atingido continuam aceitos.",
        "No caso de destinatários demais, o cliente envia a mensagem aos destinatários já aceitos e o restante numa transação posterior; um bom software de e-mail faz isso sozinho. No caso de armazenamento, tente de novo mais tarde; se persistir, o operador do servidor precisa liberar espaço em disco ou aumentar os limites.",
    ],
    // 453
    [
        "Você não tem e-mails",
        "Resposta do On-Demand Mail Relay ao `ATRN`: o provedor não tem e-mails em fila para os seus domínios, então não há nada para entregar nesta sessão. A resposta é temporária só porque novos e-mails podem chegar mais tarde; não há nada de errado.",
        "Provedores ODMR o enviam quando o servidor de e-mail de um cliente, tipicamente um com endereço IP variável, pede seus e-mails com `ATRN` e a fila está vazia. Em vez disso, os provedores podem aceitar com `250` e encerrar a sessão imediatamente.",
        "Não há nada a corrigir: peça de novo mais tarde, como o servidor do cliente normalmente faz no próprio ritmo. Se você esperava e-mails, confirme com o provedor se os e-mails dos seus domínios estão sendo retidos para ODMR.",
    ],
    // 454
    [
        "Falha temporária de TLS ou de autenticação",
        "Uma etapa de segurança falhou por um motivo temporário do lado do servidor. Depois do `STARTTLS`, o servidor não consegue iniciar a criptografia agora; depois do `AUTH`, ele não conseguiu verificar as credenciais, geralmente com `4.7.0`. A senha não foi rejeitada.",
        "Os servidores o enviam ao `STARTTLS` quando a configuração TLS deles está temporariamente inutilizável, por exemplo porque o certificado não pode ser carregado, e ao `AUTH` quando o serviço que verifica as senhas não responde.",
        "Não digite a senha de novo nem a altere; tente mais tarde. Depois do `STARTTLS`, a política do servidor de envio decide se ele continua sem criptografia, tenta de novo mais tarde ou desiste. Se persistir, o operador do servidor precisa verificar a configuração TLS ou o serviço de autenticação.",
    ],
    // 455
    [
        "O servidor não consegue atender aos parâmetros",
        "O servidor entendeu os parâmetros de extensão em `MAIL FROM` ou `RCPT TO`, mas não consegue atendê-los no momento. Tentar de novo mais tarde pode funcionar; a contrapartida permanente é o `555`.",
        "Os servidores o enviam quando um parâmetro opcional pede algo que eles não conseguem oferecer agora, por exemplo um prazo Deliver By definido com `BY` que as condições atuais tornam impossível. É incomum no dia a dia do e-mail.",
        "Deixe o cliente tentar de novo mais tarde. Se continuar acontecendo, encontre o parâmetro citado no texto e, quando for aceitável, envie sem ele ou afrouxe o valor, por exemplo com um prazo de entrega mais longo.",
    ],
    // 458
    [
        "Não é possível enfileirar mensagens para o nó",
        "Resposta ao `ETRN`: o servidor não conseguiu iniciar agora uma rodada de entrega para o domínio ou host solicitado. Os e-mails em fila continuam guardados; só o pedido para enviá-los agora falhou.",
        "Servidores com suporte a `ETRN` o enviam a um servidor de e-mail de conexão intermitente que pede seus e-mails em fila, quando o processamento da fila não pode ser iniciado, por exemplo porque o servidor está ocupado.",
        "Envie o `ETRN` de novo mais tarde; o provedor também entrega os e-mails no ciclo normal de novas tentativas. Se persistir, peça ao administrador de e-mail do provedor que verifique a fila do seu domínio.",
    ],
    // 459
    [
        "Nó não permitido",
        "Resposta ao `ETRN`: o servidor se recusa a iniciar uma rodada de entrega para o domínio ou host que você indicou, e o texto informa o motivo. Quando o motivo é uma configuração de permissão, pedir de novo sem mudar nada não vai ajudar.",
        "Os servidores o enviam quando o nome depois do `ETRN` não é de um domínio para o qual guardam e-mails, ou quando o host que se conecta não tem permissão para disparar uma rodada para ele.",
        "Verifique se o argumento do `ETRN` é exatamente o domínio que o provedor mantém em fila para você e se você se conecta da forma que o provedor permite. Caso contrário, peça ao provedor que libere o `ETRN` para esse domínio.",
    ],
    // 500
    [
        "Erro de sintaxe, comando não reconhecido",
        "O servidor não reconheceu a palavra de comando, ou a linha de comando era longa demais para ele ler. Nada foi feito, e a falha está no que o cliente enviou, não na mensagem nem no destinatário.",
        "Os servidores o enviam para comandos desconhecidos ou digitados errado, para linhas de comando maiores que o limite de tamanho do padrão e para comandos de extensão que não conhecem. Durante o `AUTH`, ele também indica uma linha de resposta do cliente longa demais (`5.5.6`).",
        "Corrija o cliente, não a mensagem: confira a grafia do comando, mantenha as linhas de comando dentro do limite de tamanho do padrão e use comandos de extensão só se o servidor os listou na resposta ao `EHLO`. Enviar a mesma linha de novo vai falhar do mesmo jeito.",
    ],
    // 501
    [
        "Erro de sintaxe nos parâmetros ou argumentos",
        "O servidor conhece o comando, mas o que veio depois dele não é aceitável: um endereço, parâmetro ou argumento está malformado, repetido ou fora do intervalo permitido. A palavra de comando em si estava correta.",
        "Os servidores o enviam para um endereço malformado em `MAIL FROM` ou `RCPT TO`, um argumento inválido no `EHLO`, argumentos em comandos que não aceitam nenhum (como `STARTTLS` ou `DATA`) e valores inválidos de parâmetros de extensão. O `AUTH` o retorna quando o cliente cancela a troca ou envia dados que não são Base64 válido.",
        "Corrija a linha de comando no cliente: escreva os endereços entre os sinais < e >, sem espaço em volta dos dois-pontos, confira nomes e valores de parâmetros na extensão que os define e remova argumentos que o comando não aceita. O texto depois do código muitas vezes aponta a parte com defeito.",
    ],
    // 502
    [
        "Comando não implementado",
        "O servidor reconheceu o comando, mas não tem suporte a ele, seja porque o recurso nunca foi incluído, seja porque o operador o desativou. O comando estava bem formado; este servidor simplesmente não o oferece.",
        "Os servidores o enviam para `VRFY`, `EXPN` ou `HELP` quando esses comandos não estão disponíveis, e servidores muito antigos o enviam em resposta ao `EHLO` porque só conhecem o `HELO`. Servidores de relay sob demanda respondem com ele a todos os comandos, exceto `EHLO`, `AUTH`, `ATRN` e `QUIT`.",
        "Não repita o comando neste servidor: siga sem ele e, depois do `EHLO`, use só as extensões que o servidor listar. Se o próprio `EHLO` for rejeitado, recorra ao `HELO`. Se você realmente precisa do recurso, pergunte ao operador do servidor se ele pode ser ativado.",
    ],
    // 503
    [
        "Sequência incorreta de comandos",
        "O comando é válido por si só, mas foi enviado no momento errado da sessão. É um erro permanente na ordem dos comandos do cliente, não um problema do servidor; por isso, esperar e repetir a mesma sequência não vai ajudar.",
        "Causas típicas são `RCPT TO` antes de qualquer `MAIL FROM`, um segundo `MAIL FROM` dentro de uma transação aberta, `DATA` sem nenhum destinatário aceito e `AUTH` depois de um login bem-sucedido ou no meio de uma transação. Servidores que recusaram a sessão com uma saudação `554` também respondem com ele aos comandos seguintes.",
        "Corrija a ordem dos comandos do cliente: `EHLO`, `AUTH` se necessário, `MAIL FROM`, um ou mais `RCPT TO` e, só depois que pelo menos um destinatário recebeu `250`, o `DATA`. Envie `RSET` para voltar a um estado limpo. Confira também as respostas anteriores no log, já que um `MAIL FROM` ou `RCPT TO` rejeitado muitas vezes causa o `503` seguinte.",
    ],
    // 504
    [
        "Parâmetro de comando não implementado",
        "O servidor tem suporte ao comando, mas não à opção ou ao valor informado com ele. A sintaxe estava correta; o servidor simplesmente não oferece essa variante do comando.",
        "O caso mais comum é um `AUTH` que pede um mecanismo que o servidor não suporta ou não permite na conexão atual (`5.5.4`). Os servidores também o enviam para argumentos de `VRFY`, `EXPN` ou `HELP` que não tratam e para parâmetros de conversão de conteúdo em `MAIL FROM` ou `RCPT TO` que não implementam.",
        "Escolha uma opção que o servidor ofereça: no `AUTH`, use um mecanismo da lista na resposta ao `EHLO` e execute `STARTTLS` antes se o mecanismo desejado só for oferecido em conexões criptografadas. Nos demais casos, envie o comando sem o parâmetro não suportado.",
    ],
    // 511
    [
        "Não existe caixa postal com esse nome aqui",
        "Não é uma resposta padrão: nenhuma RFC define o `511`. Versões antigas do patch chkuser para qmail com vpopmail o enviam para rejeitar um destinatário que não existe ou não pode ser válido. O número espelha o código estendido `5.1.1`, e muita gente também escreve `511` como abreviação de `550 5.1.1`.",
        "O patch chkuser responde ao `RCPT TO` com ele quando a caixa postal não existe num domínio do vpopmail, quando o endereço não tem domínio ou tem formato inválido, ou quando o domínio do destinatário não tem MX utilizável, e responde ao `MAIL FROM` com ele quando o domínio do remetente não tem nenhum. As versões atuais do chkuser enviam `550` com `5.1.1` no lugar dele.",
        "Confira se o endereço do destinatário tem erros de digitação e confirme-o com o destinatário por outro meio; reenviar para ele sem mudanças vai falhar de novo. Se o texto disser que nenhum MX válido foi encontrado, o administrador do domínio citado precisa publicar registros MX que funcionem.",
    ],
    // 517
    [
        "Endereço do remetente rejeitado",
        "Não é uma resposta padrão: nenhuma RFC define o `517`; o número espelha o código estendido `5.1.7`. O servidor de e-mail Courier o envia para recusar um remetente de forma definitiva, porque o endereço do remetente, o domínio dele ou o servidor que se conectou não passou numa das verificações do Courier.",
        "O Courier responde ao `MAIL FROM` com ele quando o remetente está na sua lista de bloqueio, quando o domínio do remetente não existe ou tem registros MX inválidos ou bloqueados, quando um endereço de um provedor de e-mail gratuito chega de fora dos servidores desse provedor, quando o SPF falha ou quando o nome `HELO` não confere.",
        "O administrador do remetente deve garantir que o domínio exista, com registros MX válidos e um registro SPF que cubra os servidores de envio, e que o servidor se apresente com um nome `HELO` que resolva. Se o próprio endereço estiver bloqueado, só o operador do servidor de destino pode remover o bloqueio.",
    ],
    // 521
    [
        "O host não aceita e-mails",
        "O host ao qual você se conectou nunca aceita e-mails para ninguém; ele só responde para avisar isso. É uma declaração permanente sobre o servidor, não sobre sua mensagem nem sobre seu endereço de envio.",
        "Os servidores o enviam no lugar da saudação `220` habitual; tipicamente são servidores de e-mail fictícios mantidos para hosts ou domínios que não recebem e-mails. Depois dele, o servidor pode responder aos comandos seguintes com `521` de novo ou simplesmente fechar a conexão.",
        "Não tente de novo com este host. Confira se o endereço do destinatário e o domínio estão escritos corretamente; se estiverem, peça ao destinatário outro endereço. Se o domínio deveria receber e-mails, o administrador dele precisa apontar os registros MX para um servidor de e-mail de verdade.",
    ],
    // 522
    [
        "A caixa postal do destinatário está cheia",
        "Não é uma resposta padrão: nenhuma RFC define o `522`; o número espelha o código estendido `5.2.2`. Versões antigas do patch chkuser para qmail com vpopmail o enviam quando a caixa postal do destinatário passou do limite de cota configurado.",
        "O patch chkuser responde ao `RCPT TO` com ele quando a verificação de cota está ativada no servidor e a caixa postal do destinatário está mais cheia que a porcentagem configurada. As versões atuais do chkuser enviam `552` com `5.2.2` na mesma situação.",
        "Avise o destinatário por outro meio que a caixa postal dele está cheia; ele precisa apagar mensagens ou conseguir uma cota maior. Só envie de novo depois disso, porque uma nova tentativa imediata será recusada da mesma forma.",
    ],
    // 523
    [
        "Criptografia necessária",
        "Nenhuma RFC define o `523` como resposta SMTP; portanto, ele não é padrão, e nenhuma especificação publicada diz quais servidores o enviam. Ele aparece só no registro da IANA, como código básico do `X.7.10`: o mecanismo de autenticação escolhido só pode ser usado numa conexão criptografada.",
        "Ele responderia a um `AUTH` com um mecanismo de texto puro, como PLAIN, numa conexão que não foi criptografada. Os servidores que seguem o padrão informam essa situação com `504`, ou não oferecem esses mecanismos antes do `STARTTLS`.",
        "Execute `STARTTLS`, envie `EHLO` de novo e repita o `AUTH` pela conexão criptografada; num programa de e-mail, ative o TLS para o servidor de saída. Outra opção é escolher um mecanismo que não envie a senha em texto puro.",
    ],
    // 524
    [
        "Criptografia exigida para o mecanismo de autenticação solicitado",
        "Nenhuma RFC define o `524` como resposta SMTP; portanto, ele não é padrão. O registro da IANA o lista, ao lado do `538` obsoleto, como código básico do `X.7.11` (um mecanismo de login permitido só numa conexão criptografada), mas os servidores que, segundo a documentação, o enviam lhe dão outros sentidos: no OpenSMTPD, um destinatário que ele não consegue expandir; no serviço de e-mail da Alibaba Cloud, um host que o DNS dele não encontra.",
        "O OpenSMTPD responde ao `RCPT TO` com `524 5.2.4` quando a expansão do destinatário (um alias, um encaminhamento ou uma lista de e-mail) falha de vez; o `424 4.2.4` dele é a forma temporária. O Direct Mail da Alibaba Cloud lista o `524` para um host de destino que o DNS não consegue resolver. Em resposta ao `AUTH`, ele teria o sentido do registro.",
        "Leia o texto depois do código. Se uma expansão falhou, o administrador do destinatário precisa corrigir o alias ou a lista, que pode estar em loop ou apontar para lugar nenhum; se um host não foi encontrado, confira os registros DNS do domínio do destinatário. Depois do `AUTH`, execute `STARTTLS`, envie `EHLO` de novo e repita o `AUTH`.",
    ],
    // 525
    [
        "Conta de usuário desativada",
        "Nenhuma RFC define o `525` como resposta SMTP; portanto, ele não é padrão, e nenhuma especificação publicada diz quais servidores o enviam. O registro da IANA o lista apenas como código básico do `X.7.13`: os dados de login estavam corretos, mas a conta foi desativada.",
        "Ele responderia ao `AUTH` depois de uma verificação bem-sucedida das credenciais, para uma conta que um administrador bloqueou, por exemplo por falta de pagamento, abuso ou suspeita de invasão. O bloqueio continua até o titular da conta resolver a situação com o provedor.",
        "Mudar a senha ou as configurações do programa de e-mail não vai ajudar. Entre em contato com o provedor ou o administrador da conta de e-mail para saber por que ela foi desativada e pedir que seja reativada.",
    ],
    // 530
    [
        "Autenticação necessária",
        "O servidor não vai executar o comando enquanto a sessão não estiver autenticada ou, em alguns servidores, enquanto a conexão não for criptografada com `STARTTLS`. Não há nada de errado com a mensagem nem com o endereço; falta à sessão um login ou a criptografia.",
        "Servidores de submissão o enviam ao `MAIL FROM` e aos comandos seguintes quando o cliente não fez login com `AUTH`. Servidores que exigem TLS o enviam, com um texto pedindo `STARTTLS` primeiro, a todos os comandos exceto `NOOP`, `EHLO`, `STARTTLS` e `QUIT`, até a criptografia estar ativa.",
        "No programa de e-mail, ative a autenticação do servidor de saída, com o nome de usuário e a senha da conta, e ative o TLS se o texto pedir. O software cliente deve enviar `STARTTLS`, depois `EHLO` de novo e então `AUTH`, tudo antes do `MAIL FROM`.",
    ],
    // 533
    [
        "Entrega não autorizada, mensagem recusada",
        "Nenhuma RFC define o `533` como resposta SMTP; portanto, ele não é padrão, e nenhuma especificação publicada diz quais servidores o enviam nem para qual comando. O único vestígio oficial dele está no registro da IANA, que o lista entre os códigos básicos do `X.7.1`, entrega não autorizada.",
        "Nenhuma sequência padrão de comandos o produz. O melhor é entender um servidor que o envia como uma recusa permanente do e-mail por motivo de política, como acontece com `550` e `5.7.1`: este remetente ou host de envio não tem permissão para entregar a este destinatário.",
        "Trate-o como uma recusa de política com `550`: leia o texto e o código estendido, verifique se seu host de envio tem permissão para entregar ou fazer relay deste e-mail e entre em contato com o postmaster do destinatário se achar que o bloqueio está errado. Os clientes devem tratá-lo como permanente por causa do primeiro dígito.",
    ],
    // 534
    [
        "O mecanismo de autenticação é fraco demais",
        "O servidor recusou o método de login escolhido pelo cliente, porque a política dele exige um mais forte para este usuário. A senha pode muito bem estar correta; só o mecanismo foi rejeitado.",
        "Os servidores o enviam, com `5.7.9`, em resposta ao `AUTH` quando o mecanismo indicado no comando é mais fraco do que o servidor permite para aquela conta.",
        "Repita o `AUTH` com um mecanismo mais forte da lista na resposta ao `EHLO`; num programa de e-mail, altere a configuração do método de autenticação. Digitar uma senha nova não vai ajudar.",
    ],
    // 535
    [
        "Credenciais de autenticação inválidas",
        "O login falhou porque o servidor não aceitou o nome de usuário, a senha ou outras credenciais. É a resposta geral para um `AUTH` que falhou quando nenhum código mais específico se aplica.",
        "Os servidores o enviam, geralmente com `5.7.8`, ao fim de uma troca `AUTH` quando a senha está errada, o usuário é desconhecido ou as credenciais não bastam para esta conta.",
        "Confira o nome de usuário e a senha salvos no programa de e-mail e corrija-os; o software cliente deve pedir os dados ao usuário de novo em vez de repetir as mesmas credenciais. Se estiverem corretos, consulte as instruções de configuração do provedor, já que alguns exigem uma senha separada ou outro método de login para enviar e-mails.",
    ],
    // 538
    [
        "Criptografia exigida para o mecanismo de autenticação solicitado",
        "O servidor recusou o mecanismo de login escolhido porque ele só pode ser usado numa conexão criptografada. A RFC 4954 tornou este código obsoleto: os servidores atuais não devem oferecer esses mecanismos antes da criptografia e devem rejeitá-los com `504` se forem pedidos.",
        "Servidores antigos, feitos segundo o padrão de autenticação anterior, o enviam, com `5.7.11`, em resposta ao `AUTH` numa conexão que não executou `STARTTLS`, tipicamente para mecanismos de texto puro.",
        "Envie `STARTTLS`, depois `EHLO` de novo, e repita o `AUTH` pela conexão criptografada; num programa de e-mail, ative o TLS para o servidor de saída. Os operadores de servidor devem parar de enviar este código e ocultar esses mecanismos até o TLS estar ativo.",
    ],
    // 546
    [
        "Loop de roteamento detectado, cabeçalhos Received demais",
        "Não é uma resposta padrão: nenhuma RFC define o `546`; o número espelha o código estendido `5.4.6`. O servidor de e-mail Courier o envia quando uma mensagem passou por tantos servidores que quase certamente está circulando em loop.",
        "O Courier responde com ele ao fim do `DATA` quando o cabeçalho da mensagem tem mais de 100 linhas Received. Esses loops geralmente vêm de regras de encaminhamento, aliases ou configurações de MX e de roteamento que jogam o e-mail de um sistema para outro, de um lado para o outro.",
        "Leia as linhas Received da mensagem devolvida para ver quais servidores se repetem e depois corrija a regra de encaminhamento, o alias ou a configuração de roteamento que manda o e-mail de volta. Reenviar antes disso vai gerar o loop de novo.",
    ],
    // 550
    [
        "Ação solicitada não realizada: caixa postal indisponível",
        "O servidor recusou de forma permanente este endereço ou esta mensagem. Ou a caixa postal não existe, ou o remetente não tem acesso a ela, ou uma política local, como filtro de spam, regras de relay ou verificações do remetente, rejeita o e-mail.",
        "Os servidores o enviam ao `RCPT TO` para destinatários desconhecidos (`5.1.1`) e para relay que não permitem (muitas vezes `5.7.1`), ao `MAIL FROM` para remetentes recusados e depois do fim do `DATA` para e-mails rejeitados por política. O código estendido que vem depois dele distingue esses casos.",
        "Leia o código estendido e o texto. No caso de `5.1.1`, confira a grafia do endereço ou peça ao destinatário um endereço correto. Nas recusas por política, como `5.7.1`, o administrador do domínio de envio precisa verificar SPF, DKIM e listas de bloqueio ou entrar em contato com o postmaster do destinatário. Reenviar sem mudanças vai falhar de novo.",
    ],
    // 551
    [
        "Usuário não local; tente outro endereço",
        "O servidor não trata e-mails deste destinatário e não vai encaminhá-los; o texto geralmente indica o endereço a usar no lugar. É uma das poucas respostas cujo texto um cliente pode usar para agir.",
        "Os servidores o enviam ao `RCPT TO` ou ao `VRFY` para um usuário que se mudou ou cujos e-mails são tratados em outro lugar, quando o domínio de destino prefere revelar o novo endereço em vez de encaminhar sem avisar. Domínios que não querem divulgar endereços respondem com um simples `550`.",
        "Verifique se o endereço informado no texto é plausível, envie a mensagem para ele e atualize o contato. Se nenhum endereço for informado, peça o endereço atual ao destinatário por outro meio.",
    ],
    // 552
    [
        "Ação de e-mail solicitada abortada: espaço de armazenamento excedido",
        "A ação foi interrompida por um limite de tamanho ou de armazenamento: a mensagem é maior do que o servidor ou a caixa postal aceita, ou o espaço do destinatário se esgotou. O endereço está certo; o problema é o tamanho do e-mail.",
        "Os servidores o enviam ao `MAIL FROM` quando o `SIZE` declarado passa do máximo, depois do fim do `DATA` quando a mensagem se revela grande demais e ao `RCPT TO` para uma caixa postal cheia (`5.2.2`). Servidores antigos também o usavam para destinatários demais, caso que cabe propriamente ao `452`.",
        "Reduza a mensagem, por exemplo enviando arquivos grandes como link, e fique abaixo do limite `SIZE` que o servidor anuncia depois do `EHLO`. Se a caixa postal do destinatário estiver cheia, ele precisa liberar espaço. Um cliente que recebe esse código depois de muitos comandos `RCPT TO` deve enviar aos destinatários restantes numa transação posterior.",
    ],
    // 553
    [
        "Ação solicitada não realizada: nome de caixa postal não permitido",
        "O servidor rejeitou o endereço por causa da forma como está escrito: a sintaxe está errada, ele contém caracteres que o servidor não aceita ou corresponde a mais de um usuário. O problema é a forma do endereço, e não se a caixa postal existe.",
        "Os servidores o enviam ao `MAIL FROM` ou ao `RCPT TO` para endereços malformados, ao `RCPT TO` para um endereço não ASCII que não podem aceitar (`5.6.7`; pela RFC 6531, no `MAIL FROM` esse endereço é recusado com `550`), e ao `VRFY` quando um nome é ambíguo.",
        "Confira o endereço caractere por caractere: exatamente um sinal @, nenhum espaço, nenhum colchete ou aspa solto e um domínio completo. Corrija-o e envie de novo; se ele tiver caracteres não ASCII, use o endereço só em ASCII do destinatário, se houver um.",
    ],
    // 554
    [
        "Falha na transação",
        "Uma falha permanente genérica: o servidor recusou a transação inteira ou a sessão inteira, não um endereço específico. É usado quando nenhum código mais preciso se encaixa; por isso, o texto e o código estendido que vêm depois dele trazem o motivo real.",
        "Os servidores o enviam no lugar da saudação `220` para recusar um cliente de cara (“No SMTP service here”), em resposta ao `DATA` quando nenhum destinatário foi aceito e depois do fim do `DATA` quando o conteúdo é rejeitado. Servidores de submissão também o usam para comandos ou dados de mensagem impróprios.",
        "Leia o texto e o código estendido para saber o motivo; reenviar sem mudanças não vai ajudar. Na saudação, geralmente significa que o host ou o endereço IP de envio é recusado por política; então, o administrador do domínio de envio deve verificar as listas de bloqueio ou entrar em contato com o administrador do domínio de destino. Se vier depois do fim da mensagem, o servidor recusou o conteúdo: altere o que foi rejeitado antes de enviar de novo.",
    ],
    // 555
    [
        "Parâmetros de MAIL FROM/RCPT TO não reconhecidos ou não implementados",
        "O servidor não conhece, ou não suporta, um parâmetro de extensão adicionado ao `MAIL FROM` ou ao `RCPT TO`. O endereço em si pode estar certo; foi o parâmetro extra que causou a recusa.",
        "Os servidores o enviam quando um cliente adiciona parâmetros como `SMTPUTF8`, `REQUIRETLS` ou `MT-PRIORITY` que o servidor não anunciou depois do `EHLO`. Servidores que oferecem Deliver By também o enviam para um prazo de entrega que nunca conseguirão cumprir.",
        "Faça o cliente enviar só os parâmetros que o servidor anunciou na resposta ao `EHLO`, ou remova o parâmetro e tente de novo. Se a mensagem depende da extensão, entregue-a por um servidor que tenha suporte a ela ou devolva-a ao remetente.",
    ],
    // 556
    [
        "O domínio não aceita e-mails",
        "O domínio do destinatário declarou que não recebe e-mail nenhum, então nenhum endereço dele pode receber a mensagem. É uma resposta permanente sobre o domínio inteiro, não sobre uma caixa postal.",
        "Servidores de relay e de submissão o enviam ao `RCPT TO` sem nem tentar se conectar, geralmente porque o domínio publica um registro MX nulo (`5.1.10`). Um erro de digitação na parte do domínio do endereço é uma causa comum.",
        "Confira se há erros de digitação no domínio depois do @ e peça ao destinatário um endereço que funcione. Se o domínio é seu e você quer receber e-mails, substitua o registro MX nulo por registros MX reais.",
    ],
    // 557
    [
        "Os dados da mensagem excedem o tamanho máximo",
        "Não é uma resposta padrão: nenhuma RFC define o `557`; o código habitual para uma mensagem grande demais é o `552`. O Alibaba Cloud Direct Mail o envia aos próprios clientes quando uma mensagem submetida pelo serviço SMTP dele é maior do que o serviço permite.",
        "O Direct Mail o retorna ao fim do `DATA` quando a mensagem inteira, anexos incluídos, passa do limite de tamanho. Ele vem do Direct Mail ao aceitar sua mensagem, não do servidor do destinatário.",
        "Reduza a mensagem: compacte ou remova anexos, ou compartilhe arquivos grandes como links, e confira os limites de tamanho na documentação do Direct Mail. A mesma mensagem, se reenviada, será recusada de novo.",
    ],
    // 559
    [
        "Endereço de destinatário inválido",
        "Não é uma resposta padrão: nenhuma RFC define o `559`. O Alibaba Cloud Direct Mail o envia aos clientes quando um endereço de destinatário está na lista de endereços sabidamente inválidos do serviço, e se recusa a enviar para ele.",
        "O Direct Mail responde ao `RCPT TO` com ele ao aceitar uma mensagem da sua aplicação, antes de qualquer tentativa de entrega, quando o endereço consta da lista global de endereços inválidos. O servidor do próprio destinatário não é contatado.",
        "Confira se há erros de digitação no endereço e confirme-o com o destinatário por outro meio. Remova das suas listas os endereços realmente inválidos, porque enviar para eles de novo só repete a recusa.",
    ],
    // 571
    [
        "Entrega não autorizada, recusada pela política local",
        "Não é uma resposta padrão: nenhuma RFC define o `571`; o número espelha o código estendido `5.7.1`. O servidor de e-mail Courier o envia quando um filtro de destinatários recusa a mensagem, e versões antigas do patch chkuser para qmail o enviam quando um cliente ultrapassa os limites ou não passa nas verificações do remetente.",
        "O Courier responde ao `RCPT TO` com ele quando um filtro configurado rejeita o destinatário sem fornecer um texto próprio. O patch chkuser responde ao `RCPT TO` com ele quando uma sessão ultrapassa o limite de destinatários ou tem destinatários desconhecidos demais, e ao `MAIL FROM` quando o endereço do remetente tem formato inválido.",
        "Leia o texto depois do código. No caso de destinatários demais, divida o envio em lotes menores por conexão; no caso de remetente inválido, corrija o endereço do remetente. Se um filtro recusou o e-mail, só o administrador do destinatário pode dizer por quê e liberá-lo.",
    ],
    // X.0.0
    [
        "Outro status não definido",
        "O código informa só a classe do resultado e nada sobre a causa: `2.0.0` é um sucesso simples, `4.0.0` uma falha temporária não especificada e `5.0.0` uma falha permanente não especificada. Qualquer explicação real está no texto que vem depois do código.",
        "Os servidores colocam `2.0.0` em respostas rotineiras de sucesso, por exemplo na resposta `221` ao `QUIT`. As formas de falha são usadas para erros que o software não consegue associar a um código mais específico, e os relatórios de entrega precisam recorrer a `4.0.0` ou `5.0.0` quando nenhum código específico se aplica.",
        "Com `2.0.0` não é preciso fazer nada, e com `4.0.0` seu servidor simplesmente tenta de novo mais tarde. Com `5.0.0`, leia o texto da resposta ou da mensagem de devolução, que geralmente indica a causa; se não indicar, envie a linha de erro completa e o horário ao administrador do servidor que a gerou.",
    ],
    // X.1.0
    [
        "Outro status de endereço",
        "Algo num endereço, do remetente ou de um destinatário, causou este status, e o servidor não dá mais detalhes. Na classe 2, ele apenas confirma que um endereço foi aceito; nas classes 4 ou 5, o endereço foi recusado por um motivo que o código não informa.",
        "A forma de sucesso `2.1.0` costuma responder a um `MAIL FROM` aceito, como no exemplo da RFC 2034. As formas de falha aparecem em resposta ao `MAIL FROM` ou ao `RCPT TO` quando a verificação de um endereço falha por um motivo que nenhum dos códigos de endereçamento mais específicos cobre.",
        "Com `2.1.0` não é preciso fazer nada. Nos outros casos, confira se os endereços do remetente e dos destinatários têm erros de digitação, caracteres estranhos ou domínio errado, e leia o texto depois do código para saber o motivo real. Se os endereços estiverem corretos, consulte o administrador do servidor que os recusou.",
    ],
    // X.1.1
    [
        "Endereço de caixa postal de destino inválido",
        "O domínio do destinatário recebe e-mails, mas a caixa postal indicada antes do `@` não existe nele. A RFC 3463 prevê este código só para falhas permanentes; por isso, a forma normal é `5.1.1`.",
        "Os servidores de destino respondem ao `RCPT TO` com `550` e `5.1.1` para um usuário desconhecido, e as mensagens de devolução o informam quando um servidor mais adiante descobre que a caixa postal não existe. A IANA também o associa ao `451`, então pode aparecer um `4.1.1` temporário, embora a condição em si deva ser permanente.",
        "Confira a grafia da parte antes do `@` e confirme o endereço com o destinatário por outro canal; a pessoa pode ter saído da organização ou mudado de endereço. Reenviar para o mesmo endereço não vai ajudar. Se você administra o domínio de destino e o usuário deveria existir, verifique a caixa postal, os aliases dela e o diretório de usuários.",
    ],
    // X.1.2
    [
        "Endereço de sistema de destino inválido",
        "A parte do endereço do destinatário depois do `@` não leva a um sistema que receba e-mails: o domínio não existe ou não pode receber e-mails. A RFC 3463 prevê este código só para falhas permanentes; por isso, ele aparece como `5.1.2`.",
        "Os servidores de envio o informam em mensagens de devolução quando a consulta DNS do domínio do destinatário mostra que o domínio não existe ou não tem servidor de e-mail utilizável. Servidores de relay e de submissão também podem retorná-lo ao `RCPT TO` para um domínio que sabem ser impossível de entregar.",
        "Confira se há erros de digitação no domínio, como uma letra faltando ou uma terminação escrita errado, e confirme o endereço com o destinatário. Se o domínio for seu, verifique se ele está registrado e publica registros MX ou de endereço corretos.",
    ],
    // X.1.3
    [
        "Sintaxe inválida no endereço de caixa postal de destino",
        "O endereço do destinatário não é um endereço bem formado; por isso, o servidor nem chegou a consultá-lo. Qualquer parte dele pode estar errada, antes ou depois do `@`. A RFC 3463 prevê este código só para falhas permanentes; por isso, ele aparece como `5.1.3`.",
        "Os servidores respondem ao `RCPT TO` com `501` e `5.1.3` quando o endereço contém caracteres proibidos ou espaços, tem `@` faltando ou sobrando, está sem os sinais < e > ou é longo demais. As mensagens de devolução o mostram quando um relay mais adiante não consegue interpretar um endereço.",
        "Corrija o endereço: remova espaços, aspas e pontuação solta, e garanta que ele tenha exatamente um `@` seguido de um domínio válido. Desenvolvedores devem verificar se o cliente envia, depois do `RCPT TO`, só o endereço puro entre < e >. Endereços com caracteres não ASCII precisam de servidores com suporte a `SMTPUTF8`.",
    ],
    // X.1.4
    [
        "Endereço de caixa postal de destino ambíguo",
        "O endereço do destinatário corresponde a mais de uma caixa postal no sistema de destino; por isso, o servidor não consegue saber a qual pessoa a mensagem se destina. A RFC 3463 não o restringe a uma única classe.",
        "Ele vem de sistemas que associam endereços a caixas postais por aproximação, por exemplo comparando o nome de uma pessoa, quando a busca encontra vários candidatos. A RFC 5321 mostra a mesma situação para o `VRFY`, respondida com `553`.",
        "Use o endereço exato e completo do destinatário em vez de um nome ou de uma forma abreviada, e peça o endereço a ele se for preciso. Os administradores do sistema de destino podem tornar o endereço único ou desativar a correspondência aproximada.",
    ],
    // X.1.5
    [
        "Endereço de destino válido",
        "Um status de sucesso: o endereço do destinatário foi verificado e aceito. A RFC 3463 o reserva para relatórios positivos; por isso, ele só aparece como `2.1.5`.",
        "Os servidores colocam `2.1.5` na resposta `250` a cada `RCPT TO` aceito, como no exemplo da RFC 2034. Os relatórios de entrega também podem mostrá-lo para um destinatário ao qual a mensagem foi repassada ou entregue com sucesso.",
        "Não há nada a corrigir. Lembre-se de que um destinatário aceito ainda não é uma mensagem entregue: o servidor ainda pode recusar a mensagem depois que os dados forem enviados, ou devolvê-la mais tarde.",
    ],
    // X.1.6
    [
        "A caixa postal de destino mudou, sem endereço para encaminhamento",
        "O endereço já funcionou, mas a caixa postal não aceita mais e-mails e o servidor não tem um novo endereço para oferecer. A RFC 3463 prevê este código só para falhas permanentes; por isso, ele aparece como `5.1.6`.",
        "Os servidores de destino o retornam ao `RCPT TO`, ou o informam numa mensagem de devolução, para endereços antigos, como os de pessoas que saíram de uma organização ou mudaram de provedor.",
        "Pare de usar este endereço e remova-o dos seus contatos e listas de e-mail. Procure a pessoa por outro meio para obter o endereço atual. Diferente do `551`, nenhum endereço novo é informado; então, não há o que tentar de novo.",
    ],
    // X.1.7
    [
        "Sintaxe inválida no endereço de caixa postal do remetente",
        "O endereço do remetente, geralmente o informado no `MAIL FROM`, não é um endereço bem formado. A RFC 3463 não o vincula a uma única classe, mas um endereço malformado será recusado de novo se for enviado sem mudanças.",
        "Os servidores respondem ao `MAIL FROM` com ele, junto com `501` ou `553`, quando o endereço tem caracteres inválidos, não tem domínio, não tem `@` ou está sem os sinais < e >. Scripts, formulários web e dispositivos com o endereço de remetente mal configurado podem causá-lo.",
        "Corrija o endereço do remetente nas configurações do programa ou dispositivo que envia, para que seja um endereço completo com um domínio válido. Desenvolvedores devem verificar se o `MAIL FROM` leva só o endereço puro entre < e >, sem nome de exibição.",
    ],
    // X.1.8
    [
        "Endereço de sistema do remetente inválido",
        "O domínio do endereço do remetente não existe ou não pode receber e-mails; por isso, respostas e mensagens de devolução nunca chegariam ao remetente. `5.1.8` significa que o domínio é inutilizável; `4.1.8` significa que a verificação não pôde ser concluída agora e pode dar certo mais tarde.",
        "Os servidores de destino respondem ao `MAIL FROM` com ele depois de consultar o domínio do remetente no DNS e não encontrar um destino de e-mail utilizável. Muitos destinatários recusam esse tipo de e-mail, porque um remetente que não pode receber devoluções costuma ser sinal de spam.",
        "Envie de um endereço cujo domínio exista e possa receber e-mails, e confira nas configurações da aplicação ou do dispositivo se há erros de digitação ou domínios de exemplo. Se o domínio for seu, verifique se ele está registrado e tem registros MX ou de endereço, e não publique um MX nulo para um domínio do qual você envia e-mails.",
    ],
    // X.1.9
    [
        "Mensagem repassada a um sistema de e-mail não compatível",
        "O endereço do destinatário era válido e a mensagem foi repassada, mas a um sistema sem suporte a rastreamento de mensagens; por isso, não há mais informações sobre o andamento dela. Não é um erro, e a RFC 3886 só o usa como `2.1.9`.",
        "Ele aparece em relatórios de rastreamento de mensagens (RFC 3886), sempre junto com a ação “relayed”, quando o rastro de uma mensagem termina num sistema que não responde a pedidos de rastreamento. Normalmente não é enviado como resposta SMTP.",
        "Não há nada a corrigir: a mensagem saiu normalmente dos sistemas rastreados. Para confirmar a entrega, pergunte ao destinatário ou ao operador do sistema seguinte.",
    ],
    // X.1.10
    [
        "O endereço do destinatário tem MX nulo",
        "O domínio do destinatário publica um MX nulo, um registro DNS que declara que o domínio não aceita e-mail nenhum. O endereço nunca vai poder receber e-mails; por isso, é uma falha permanente: `5.1.10`.",
        "Servidores de envio e de submissão rejeitam o `RCPT TO` com `556` e `5.1.10` quando a consulta DNS do domínio do destinatário encontra um MX nulo. Você recebe o erro na hora, e não depois de dias de novas tentativas. O Microsoft Exchange Online envia `550 5.1.10` com um sentido próprio: o endereço do destinatário não existe na organização de destino.",
        "Ou o endereço foi digitado errado, ou o domínio de propósito não recebe e-mails: verifique se a parte do domínio tem um erro de digitação, imita o domínio pretendido ou é o nome de um servidor web, e peça ao destinatário um endereço que funcione. Se o domínio é seu e você quer receber e-mails, substitua o MX nulo por registros MX reais.",
    ],
    // X.2.0
    [
        "Outro status de caixa postal ou status não definido",
        "A caixa postal do destinatário existe, mas algo na própria caixa postal atrasou ou barrou a mensagem, e o servidor não dá um código mais preciso. Problemas com uma caixa postal ficam do lado do destinatário.",
        "Os servidores de destino o usam em respostas ao `RCPT TO` ou ao fim dos dados da mensagem, e em mensagens de devolução, quando uma caixa postal não pode receber uma mensagem por um motivo que não tem código próprio. O texto depois do código geralmente diz qual é o motivo.",
        "Com `4.2.0`, deixe seu servidor continuar tentando. Com `5.2.0`, avise o destinatário por outro canal e cite o texto do erro, porque só ele ou o administrador de e-mail dele pode corrigir a caixa postal.",
    ],
    // X.2.1
    [
        "Caixa postal desativada, não aceita mensagens",
        "A caixa postal existe, mas foi desligada para o recebimento de e-mails. A RFC 3463 permite as duas classes: `5.2.1` quando a caixa postal não será reativada, `4.2.1` quando ela está bloqueada só por um tempo.",
        "Os provedores o enviam em resposta ao `RCPT TO`, ou numa mensagem de devolução, para contas suspensas, bloqueadas ou encerradas, mas ainda não excluídas. Os motivos exatos para desativar uma caixa postal dependem do provedor.",
        "Entre em contato com o destinatário de outra forma e peça um endereço que funcione ou a reativação da conta. Com `4.2.1`, seu servidor tenta de novo sozinho; com `5.2.1`, reenviar vai falhar até a caixa postal ser reativada.",
    ],
    // X.2.2
    [
        "Caixa postal cheia",
        "A caixa postal do destinatário atingiu a cota de armazenamento; por isso, não cabe mais nada até o destinatário apagar mensagens. A RFC 3463 quer que ele seja usado como falha temporária (`4.2.2`), mas ele também é enviado com a resposta permanente `552`, o que resulta em `5.2.2`.",
        "Os servidores de destino o retornam ao `RCPT TO` ou ao fim dos dados da mensagem quando uma conta passa da cota, e os relatórios de entrega o trazem quando a etapa final de entrega encontra a caixa postal cheia. Ele se refere a um destinatário: outros no mesmo servidor ainda podem receber a mensagem.",
        "Só o destinatário pode resolver, apagando ou arquivando mensagens, ou o administrador dele, aumentando a cota. Como remetente, avise o destinatário por outro canal; com `4.2.2`, seu servidor tenta de novo sozinho; com `5.2.2`, você precisa reenviar a mensagem mais tarde.",
    ],
    // X.2.3
    [
        "O tamanho da mensagem excede o limite administrativo",
        "A mensagem é maior do que esta caixa postal específica aceita: o destinatário tem um limite de tamanho próprio, menor que o limite geral do servidor. A RFC 3463 o prevê como falha permanente (`5.2.3`); por isso, a mesma mensagem será recusada de novo.",
        "Os servidores o enviam com `552`, geralmente em resposta ao fim dos dados da mensagem, para um destinatário cujo limite próprio de tamanho a mensagem ultrapassa. Outros destinatários no mesmo servidor, com limites maiores, ainda podem recebê-la.",
        "Reduza a mensagem: remova ou compacte anexos, ou compartilhe arquivos grandes por um link de download. Se o destinatário precisa receber arquivos grandes, ele pode pedir ao administrador que aumente o limite da caixa postal dele.",
    ],
    // X.2.4
    [
        "Problema na expansão da lista de e-mail",
        "O endereço do destinatário pertence a uma lista de e-mail, e não foi possível expandir a lista nos endereços dos membros. A RFC 3463 permite as duas classes: `4.2.4` para um problema passageiro, `5.2.4` para um duradouro.",
        "Servidores que hospedam listas de e-mail ou aliases o informam, em resposta ao `RCPT TO` ou numa mensagem de devolução, quando falha a conversão do endereço da lista nos endereços dos membros. Ele se refere à lista como um todo, não a um dos membros.",
        "Com `4.2.4`, deixe seu servidor tentar de novo. Com `5.2.4`, avise o dono da lista ou o administrador do servidor de listas, já que a própria lista precisa ser consertada antes que reenviar possa ajudar.",
    ],
    // X.3.0
    [
        "Outro status do sistema de e-mail ou status não definido",
        "O sistema de destino existe e normalmente recebe e-mails, mas algo no próprio sistema, e não no endereço ou na mensagem, causou este status, e não há código mais preciso. As formas de falha colocam a causa do lado do destino.",
        "A IANA o associa a uma grande variedade de respostas, de `250` e `221` a `421`, `451`, `550` e `554`; por isso, ele aparece tanto em sucessos quanto em falhas. As formas de falha são usadas para problemas internos no destino; o texto depois do código geralmente os descreve.",
        "Um `4.3.0` não exige nada de você, porque seu servidor tenta de novo. Se um `5.3.0` persistir, envie a linha de erro completa e o horário ao administrador de e-mail do destinatário, já que a falha está no sistema dele. Se o sistema for seu, procure nos logs dele nesse horário.",
    ],
    // X.3.1
    [
        "Sistema de e-mail cheio",
        "O sistema de e-mail de destino ficou sem espaço de armazenamento como um todo, não só numa caixa postal, e os destinatários não conseguem liberar espaço por conta própria. A RFC 3463 só o permite como falha temporária; por isso, ele aparece como `4.3.1`.",
        "Os servidores enviam `452` com `4.3.1` em resposta ao `MAIL FROM`, ao `RCPT TO` ou ao fim dos dados da mensagem quando o disco ou o espaço da fila se esgota. Com a extensão `SIZE`, um servidor também pode enviar `452` no `MAIL FROM` quando não tem espaço para uma mensagem do tamanho declarado.",
        "O remetente não precisa fazer nada: a mensagem continua na fila e será tentada de novo mais tarde. O administrador do servidor de destino precisa liberar espaço em disco ou aumentar o armazenamento, e deve acompanhar a fila para que ela não encha de novo.",
    ],
    // X.3.2
    [
        "O sistema não está aceitando mensagens da rede",
        "O host onde fica a caixa postal não está recebendo mensagens, seja no momento, seja de forma alguma. A RFC 3463 permite as duas classes: `4.3.2` para causas passageiras, como manutenção, carga alta ou um desligamento próximo, e `5.3.2` quando o host recusa e-mails para sempre.",
        "Os servidores enviam `4.3.2` numa recusa temporária enquanto estão sobrecarregados, em manutenção ou sendo desligados. Um host que nunca aceita e-mails usa `521` como saudação (RFC 7504), sem código estendido, já que a RFC 2034 não prevê nenhum na saudação; nas respostas que trazem um, o registro da IANA associa o `5.3.2` ao `521` e ao `453`.",
        "Com `4.3.2`, deixe seu servidor tentar de novo mais tarde; não há nada de errado com a mensagem. Com `5.3.2`, e principalmente junto com `521`, esse host não recebe e-mails: confira o endereço e os registros MX do domínio do destinatário, e peça ao destinatário outra forma de contato.",
    ],
    // X.3.3
    [
        "O sistema não tem os recursos selecionados",
        "A mensagem pede um recurso ou uma opção que o sistema de destino não consegue oferecer; por isso, ela não pode ser tratada como o remetente pediu. A RFC 3463 cita gateways como origem típica, quando um recurso de um ambiente de e-mail não tem equivalente no outro.",
        "Ele aparece em mensagens de devolução de gateways para outros sistemas de e-mail e em respostas de servidores que não conseguem atender a uma opção da qual a mensagem depende. O texto depois do código deve indicar o recurso.",
        "Descubra qual recurso foi recusado e reenvie sem ele ou por uma rota que tenha suporte a ele. Se a recusa vem do seu próprio gateway, o administrador dele precisa adicionar suporte ao recurso ou mudar a forma como ele é mapeado.",
    ],
    // X.3.4
    [
        "Mensagem grande demais para o sistema",
        "A mensagem é maior do que a maior mensagem que o sistema de destino aceita, seja qual for o destinatário. O limite pode ser técnico ou definido por política. A RFC 3463 só o permite como falha permanente; por isso, ele aparece como `5.3.4`.",
        "Os servidores o enviam com `552` em resposta ao `MAIL FROM` quando o `SIZE` declarado passa do limite, ou com `552` ou `554` depois dos dados da mensagem, quando o tamanho real já é conhecido. Servidores com suporte a `SIZE` podem informar o limite na resposta ao `EHLO`.",
        "Reduza a mensagem: compartilhe arquivos grandes por um link de download, ou compacte ou divida os anexos. Se a resposta do servidor ao `EHLO` mostrar um número depois de `SIZE`, esse é o limite em bytes. Enviar de novo a mesma mensagem sem mudanças vai falhar outra vez.",
    ],
    // X.3.5
    [
        "Sistema configurado incorretamente",
        "A própria configuração do sistema de destino não permite que ele aceite esta mensagem. Isso indica uma falha de configuração nesse servidor, e não um problema com sua mensagem ou seus endereços.",
        "Servidores e relays o informam quando as próprias configurações os impedem de receber ou repassar uma mensagem. A classe indica se a falha deve ser corrigida em breve (`4.3.5`) ou não (`5.3.5`).",
        "O remetente não consegue resolver isso. Informe a linha de erro completa, o horário e o endereço do destinatário ao administrador do servidor que a enviou; se for de outro domínio, faça isso por meio do destinatário ou do endereço postmaster dele. Se o servidor for seu, verifique as configurações de domínio, roteamento e entrega, e os logs.",
    ],
    // X.3.6
    [
        "A prioridade solicitada foi alterada",
        "A mensagem foi aceita, mas não com a prioridade que o remetente pediu com `MT-PRIORITY` (ou com a prioridade padrão, se nenhuma foi pedida): o servidor a aumentou ou diminuiu. É um sucesso, `2.3.6`, e o texto da resposta começa com a nova prioridade.",
        "Servidores com suporte a `MT-PRIORITY` o enviam na resposta `250` ao `MAIL FROM` ou ao fim dos dados da mensagem quando a política deles atribui outra prioridade, por exemplo com base na conta com a qual o remetente se autenticou.",
        "Não há nada a corrigir: a mensagem está a caminho. Se você precisa de uma prioridade maior, pergunte ao administrador do servidor se sua conta ou seu domínio pode usá-la; um servidor pode se recusar a aumentar a prioridade de remetentes em que não confia e, ainda assim, deixá-los diminuir a própria prioridade.",
    ],
    // X.4.0
    [
        "Outro status de rede ou roteamento, ou status não definido",
        "A entrega falhou ou atrasou por causa de um problema de rede ou de roteamento que o sistema que o informou não conseguiu descrever com mais precisão. O dígito da classe ainda indica se o problema é temporário (`4.4.0`) ou permanente (`5.4.0`).",
        "Os servidores de e-mail o colocam em avisos de atraso e de falha, ou numa resposta, quando a conexão ou o roteamento até o próximo servidor falha por um motivo que nenhum dos códigos de rede específicos cobre.",
        "Com `4.4.0`, deixe o servidor de envio continuar tentando. Se persistir, ou com `5.4.0`, leia o texto depois do código e a parte de diagnóstico da mensagem de devolução, e então verifique o DNS e a conectividade entre o servidor de envio e os servidores de e-mail do destino.",
    ],
    // X.4.1
    [
        "O host não responde",
        "O servidor de envio tentou se conectar ao próximo servidor de e-mail, mas o host não respondeu porque estava ocupado, fora do ar ou inacessível. A RFC 3463 o previu só como status temporário; por isso, até uma mensagem de devolução definitiva pode mostrar `4.4.1` depois que o remetente tentou até o limite de tempo.",
        "Em geral, é o seu próprio servidor de e-mail que o informa num aviso de atraso ou no log, depois que as conexões com os hosts de e-mail do destinatário expiram ou são recusadas. Servidores de submissão com `BURL` respondem `451 4.4.1` se não conseguem alcançar o servidor IMAP que guarda a mensagem. O Microsoft Exchange Online também responde `550 5.4.1` para recusar endereços de destinatários que não existem na organização de destino, um uso específico desse provedor.",
        "Aguarde, porque o servidor de envio tenta de novo sozinho. Se durar horas, verifique se o domínio do destinatário tem registros MX corretos, se os servidores de e-mail dele estão funcionando e aceitando conexões e se nenhum firewall bloqueia o tráfego. No caso de uma rejeição `5.4.1`, leia o texto depois do código.",
    ],
    // X.4.2
    [
        "Conexão ruim",
        "Uma conexão com o próximo servidor foi estabelecida, mas falhou antes de a transação da mensagem terminar, por tempo esgotado ou por um link ruim. A RFC 3463 o previu só como status temporário (`4.4.2`); não há nada de errado com a mensagem em si.",
        "Os servidores de envio o registram quando o outro lado para de responder durante a sessão ou a conexão cai, por exemplo no meio de uma transferência `DATA` longa. Os servidores também podem combiná-lo com `421` quando encerram uma sessão antes da hora.",
        "Deixe o servidor de envio tentar de novo: um cliente cuja conexão cai deve tratar a transação como se tivesse recebido um `451` temporário. Se continuar falhando com um mesmo destino, procure perda de pacotes no caminho de rede e verifique se os timeouts dos dois servidores respeitam pelo menos os mínimos da RFC 5321.",
    ],
    // X.4.3
    [
        "Falha no servidor de diretório",
        "A mensagem não pôde ser repassada porque um serviço de diretório do qual o sistema de e-mail depende, na maioria das vezes o DNS, estava inacessível ou não respondeu. A RFC 3463 o previu só como status temporário (`4.4.3`).",
        "Os servidores o usam quando uma consulta DNS necessária para a entrega expira ou falha do lado do servidor DNS. Servidores de destino que verificam SPF enviam `451 4.4.3` se a verificação SPF encontra um erro temporário de DNS.",
        "Em geral, uma nova tentativa dá certo assim que o DNS voltar a responder. Se persistir, verifique o resolvedor do servidor que informou o erro e confirme que os servidores de nomes do domínio afetado respondem e publicam registros MX e SPF corretos.",
    ],
    // X.4.4
    [
        "Não é possível rotear",
        "O sistema de e-mail não conseguiu determinar para onde mandar a mensagem em seguida, porque os dados de roteamento de que precisa, normalmente os registros DNS do domínio do destinatário, não estavam disponíveis. A RFC 3463 permite uma forma temporária (`4.4.4`) e uma permanente (`5.4.4`).",
        "Os servidores de envio o informam se o domínio do destinatário não existe, não tem registros MX ou de endereço utilizáveis, ou se uma consulta DNS para ele retorna só um registro SOA. Uma falha passageira do DNS gera `4.4.4`; um domínio sem nenhuma rota de e-mail gera `5.4.4`.",
        "Confira se há erros de digitação na parte do domínio do endereço do destinatário. Se o domínio estiver correto, o dono dele precisa publicar registros MX (ou um registro de endereço) que levem a um servidor de e-mail acessível. Com `4.4.4`, o servidor de envio continua tentando enquanto isso.",
    ],
    // X.4.5
    [
        "Congestionamento do sistema de e-mail",
        "A mensagem não foi entregue porque o sistema de e-mail estava congestionado, por exemplo sobrecarregado ou com a fila acumulada. A RFC 3463 o previu só como status temporário (`4.4.5`); não há nada de errado com a mensagem.",
        "Servidores ocupados o enviam em resposta a comandos, muitas vezes como `451 4.4.5`, e os servidores de envio o registram em avisos de atraso. Alguns servidores também o usam para frear clientes que abrem conexões demais ou enviam rápido demais.",
        "Deixe o servidor de envio tentar de novo mais tarde, com intervalos crescentes. Se você envia em massa e o vê com frequência, reduza o número de conexões paralelas e a taxa de envio para esse destino. Se ele vem do seu próprio servidor, verifique a carga e a fila dele.",
    ],
    // X.4.6
    [
        "Loop de roteamento detectado",
        "A mensagem foi passada entre servidores vezes demais; por isso, um servidor a barrou para quebrar o loop. Tabelas de roteamento erradas ou endereços que encaminham um para o outro causam isso. A RFC 3463 o descreve como status temporário (`4.4.6`).",
        "Os servidores geralmente detectam um loop contando os campos de cabeçalho Received de uma mensagem; a RFC 5321 pede um limite alto, normalmente de pelo menos 100. Isso costuma vir depois de uma nova regra de encaminhamento que manda o e-mail de volta para um endereço anterior, ou de uma mudança de MX ou de relay que faz servidores passarem e-mails de um para o outro.",
        "Veja os campos de cabeçalho Received da mensagem devolvida para saber por quais servidores ela passou. Depois remova a regra de encaminhamento, o alias ou a rota de relay que aponta de volta para um salto anterior. O remetente não consegue resolver isso; quem precisa agir são os administradores dos sistemas em loop.",
    ],
    // X.4.7
    [
        "Prazo de entrega expirado",
        "A mensagem ficou velha demais: passou na fila mais tempo do que o sistema permite, ou um prazo de entrega definido pelo remetente venceu. A RFC 3463 prefere que, quando sabem, os servidores informem o problema real que impediu a entrega.",
        "Aparece principalmente em mensagens de devolução de um servidor de envio que tentou um destino durante dias sem sucesso; a RFC 5321 sugere desistir só depois de pelo menos 4 a 5 dias. Com a extensão Deliver By, um prazo perdido gera uma falha `5.4.7` ou um aviso de atraso `4.4.7`, conforme o modo escolhido pelo remetente.",
        "Procure na mensagem de devolução ou no log do servidor os erros das tentativas de entrega anteriores; eles mostram a causa real, como um host inacessível ou uma caixa postal cheia. Resolva essa causa e então envie a mensagem de novo.",
    ],
    // X.5.0
    [
        "Outro status de protocolo ou status não definido",
        "Algo deu errado na própria troca SMTP e nenhum código de protocolo mais específico se aplica; por isso, o código de resposta básico e o texto dele trazem os detalhes. A forma de sucesso `2.5.0` apenas confirma que uma etapa do protocolo funcionou.",
        "Ele acompanha respostas muito diferentes: `250 2.5.0` depois de um comando bem-sucedido, `503 5.5.0` ou `554 5.5.0` quando o conteúdo da mensagem é enviado com `BURL` sem nenhum destinatário aceito, e `4.5.0` ou `5.5.0` para outros erros de comando. O registro também o lista com as respostas `458` e `459` do `ETRN`.",
        "Com `2.5.0`, não é preciso fazer nada. Nos erros, leia o código de resposta básico e o texto depois do código estendido, e encontre no log SMTP o comando que o causou. A solução costuma ser mudar a sequência de comandos ou as configurações do cliente.",
    ],
    // X.5.1
    [
        "Comando inválido",
        "O cliente enviou um comando que o servidor não suporta, ou o enviou no momento errado da sessão, como um `DATA` antes de qualquer `RCPT TO` aceito. A RFC 3463 o previu só como status permanente (`5.5.1`).",
        "Os servidores o combinam com respostas como `500` ou `503`: um comando desconhecido ou desativado, um segundo `MAIL FROM` na mesma transação, `RCPT TO` antes do `MAIL FROM` ou um comando enviado antes de uma etapa obrigatória de `STARTTLS` ou `AUTH`.",
        "O software que envia precisa ser corrigido: mantenha a ordem `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA` e use só comandos que o servidor listou na resposta ao `EHLO`. No caso de scripts e dispositivos que enviam e-mails, verifique se o servidor exige `STARTTLS` ou `AUTH` primeiro.",
    ],
    // X.5.2
    [
        "Erro de sintaxe",
        "O servidor não conseguiu interpretar um comando, seja porque a sintaxe estava errada, seja porque a palavra de comando é desconhecida. A RFC 3463 o previu só como status permanente (`5.5.2`).",
        "Os servidores o enviam com `500` ou `501` para comandos malformados e com `501` quando uma resposta do `AUTH` não é Base64 válido. Servidores de destino também respondem `550 5.5.2` quando o registro SPF do domínio de envio não pode ser interpretado (um “permerror” de SPF).",
        "Nos erros de comando, o software cliente precisa enviar comandos SMTP bem formados; o comando rejeitado no log SMTP mostra o que está errado. No caso do SPF, o dono do domínio de envio precisa corrigir o registro SPF no DNS.",
    ],
    // X.5.3
    [
        "Destinatários demais",
        "A mensagem indicou mais destinatários do que o servidor aceita numa transação. A RFC 3463 espera que o remetente divida a lista e entregue aos destinatários restantes numa transação posterior; o código existe para os casos em que isso não é possível.",
        "Os servidores o enviam em resposta ao `RCPT TO` quando o limite de destinatários por mensagem é atingido, geralmente com `452`, a resposta que a RFC 5321 prescreve para isso, ou com `451`. Um servidor que aplica uma política local pode usar uma resposta permanente `5.5.3` no lugar.",
        "Um cliente que segue o padrão envia a mensagem aos destinatários já aceitos e tenta os recusados numa nova transação. Se uma pessoa recebe isso numa mensagem de devolução, divida os destinatários em grupos menores ou use uma lista de e-mail. Os administradores podem verificar o limite de destinatários configurado no servidor.",
    ],
    // X.5.4
    [
        "Argumentos de comando inválidos",
        "O comando era válido, mas um dos argumentos não: fora do intervalo, malformado ou indicando um recurso que o servidor não suporta. A RFC 3463 o previu só como status permanente (`5.5.4`).",
        "Casos típicos são um `AUTH` que pede um mecanismo que o servidor não oferece (`504 5.5.4`), um parâmetro de `MAIL FROM` ou `RCPT TO` que o servidor não conhece (`555`) e valores inválidos em parâmetros de extensão, como um prazo Deliver By ou um tempo de retenção para liberação futura (`501 5.5.4`).",
        "Compare o comando rejeitado no log SMTP com as extensões e os mecanismos `AUTH` que o servidor listou na resposta ao `EHLO`, e envie só parâmetros suportados, com valores válidos. Trata-se de uma configuração do cliente ou de um bug de software; por isso, repetir sem mudanças falha de novo.",
    ],
    // X.5.5
    [
        "Versão de protocolo errada",
        "Os dois sistemas usam versões de um protocolo que não combinam e não conseguiram chegar a uma versão que ambos suportem. A RFC 3463 não o vincula a uma única classe, e o registro não lista nenhum código de resposta para ele.",
        "É raro no SMTP comum, em que os recursos são negociados pelo `EHLO`. Gateways e outros sistemas de e-mail podem informá-lo num aviso de entrega se o sistema seguinte fala uma versão incompatível de um protocolo de e-mail.",
        "Leia o texto depois do código para ver qual protocolo ou versão foi recusado. Os administradores dos dois sistemas precisam atualizar ou reconfigurar um dos lados para que ambos compartilhem uma versão; reenviar sem mudanças não ajuda.",
    ],
    // X.5.6
    [
        "Linha da troca de autenticação longa demais",
        "Durante o `AUTH`, o cliente enviou uma resposta em Base64 maior que o buffer que o servidor reserva para o mecanismo SASL escolhido; por isso, a autenticação falhou. O registro permite uma forma permanente e uma temporária.",
        "Os servidores respondem `500 5.5.6` a uma troca `AUTH` cuja linha de resposta passa do limite deles, por exemplo quando um cliente envia um token de credencial grande numa única linha. A RFC 4954 considerava 12288 octetos suficientes para os mecanismos em uso quando foi escrita.",
        "Os dois lados devem aceitar as respostas mais longas que seus mecanismos produzem. O administrador do servidor pode aumentar o limite de linha para a autenticação, ou o cliente pode mudar para um mecanismo com respostas mais curtas.",
    ],
    // X.6.0
    [
        "Outro erro de mídia ou erro não definido",
        "Algo no conteúdo da mensagem a tornou impossível de entregar, e nenhum código de conteúdo específico se aplica; o texto depois do código geralmente informa o motivo. Na forma de sucesso `2.6.0`, ele apenas confirma que os dados da mensagem foram aceitos.",
        "Os servidores podem usar `5.6.0` ou `4.6.0` depois do `.` final do `DATA` para recusar conteúdo, por exemplo uma mensagem com estrutura quebrada; quais problemas são informados dessa forma depende do servidor. A resposta de sucesso `250 2.6.0` a dados de mensagem aceitos aparece nos exemplos da RFC 2034.",
        "Leia o texto depois do código, que normalmente indica o problema. Corrija a mensagem, por exemplo o formato ou a parte rejeitada, e envie de novo. Se o conteúdo parecer correto, pergunte ao administrador do destinatário a que o sistema dele fez objeção.",
    ],
    // X.6.1
    [
        "Mídia não suportada",
        "A mensagem contém um tipo de conteúdo que o protocolo de entrega ou o sistema seguinte no caminho não consegue tratar. A RFC 3463 o previu só como status permanente (`5.6.1`).",
        "Casos típicos são conteúdo binário bruto ou de 8 bits oferecido a um servidor que não anunciou `BINARYMIME` ou `8BITMIME`, e gateways para outros sistemas de e-mail que não conseguem transportar certos tipos de conteúdo.",
        "Envie o conteúdo numa forma que todo o caminho consiga transportar, por exemplo com anexos codificados em Base64 em vez de binário bruto, ou num formato mais comum. Os administradores de um servidor de envio devem garantir que ele converta conteúdo binário ou de 8 bits para servidores sem suporte a isso, ou então o devolva com um erro claro.",
    ],
    // X.6.2
    [
        "Conversão necessária, mas proibida",
        "O conteúdo precisaria ser convertido para que o sistema seguinte pudesse aceitá-lo, mas a conversão não é permitida. Ou o remetente a proibiu na mensagem, ou a política do host de envio a proíbe.",
        "Relays e gateways o informam em avisos de falha quando o próximo salto não aceita o conteúdo sem alterações e a própria mensagem ou a política do site de envio impede a conversão.",
        "Envie a mensagem numa forma que o destino aceite sem conversão, por exemplo com partes MIME codificadas em 7 bits, ou permita a conversão se o seu programa de e-mail ou a política do site oferecerem essa opção.",
    ],
    // X.6.3
    [
        "Conversão necessária, mas não suportada",
        "O conteúdo precisa ser convertido para que o próximo salto o aceite, mas um host no caminho não consegue fazer essa conversão ou não a considera viável. Um caso clássico é uma mensagem de 8 bits que precisa virar 7 bits para o próximo servidor, passando por um relay que não consegue fazer essa conversão.",
        "Os relays o colocam em avisos de falha se o próximo servidor não tem `8BITMIME` ou `BINARYMIME` e eles não conseguem recodificar a mensagem. Servidores de submissão respondem `554 5.6.3` ao `BURL` se o conteúdo buscado é binário ou tem cabeçalhos de 8 bits que eles não convertem.",
        "Envie a mensagem já codificada para transporte em 7 bits (partes do corpo em quoted-printable ou Base64, texto de cabeçalho codificado); muitos programas de e-mail fazem isso. Os administradores de relays podem ativar a conversão de 8 para 7 bits, se o software deles tiver suporte a isso.",
    ],
    // X.6.4
    [
        "Conversão realizada com perda",
        "O conteúdo precisou ser convertido no caminho, e alguns dados se perderam na conversão. Como `2.6.4`, é um alerta anexado a uma entrega bem-sucedida; como `5.6.4`, é uma falha, porque o remetente tinha proibido conversões com perda.",
        "Os servidores respondem `250 2.6.4` depois de uma conversão com perda, por exemplo um servidor de submissão com `BURL` que recodificou cabeçalhos de 8 bits e precisou adivinhar o conjunto de caracteres. Os avisos de falha trazem `5.6.4` se a única conversão possível perderia dados e o remetente proibiu isso.",
        "Depois de `2.6.4`, a mensagem chegou, mas confira se o destinatário consegue lê-la; para evitar o alerta, envie conteúdo com a indicação correta do conjunto de caracteres e cabeçalhos codificados. Depois de `5.6.4`, envie conteúdo que não exija conversão com perda, ou permita esse tipo de conversão.",
    ],
    // X.6.5
    [
        "Falha na conversão",
        "Uma conversão do conteúdo da mensagem era necessária e foi tentada, mas não deu certo. A RFC 3463 permite uma forma temporária (`4.6.5`) e uma permanente (`5.6.5`).",
        "Relays, gateways e servidores que transformam conteúdo o informam em avisos de falha quando a conversão quebra, por exemplo diante de conteúdo malformado. Pelas regras de conversão de conteúdo da RFC 4141, qualquer conversão que falhe interrompe o processamento com `5.6.5`.",
        "Com `4.6.5`, uma tentativa posterior pode dar certo. Com `5.6.5`, verifique se a mensagem tem partes malformadas ou indicações erradas de conjunto de caracteres e reenvie-a numa forma mais simples, ou peça ao administrador do sistema que faz a conversão que verifique os logs.",
    ],
    // X.6.6
    [
        "Conteúdo da mensagem indisponível",
        "O servidor precisava buscar o conteúdo da mensagem em outro sistema, e isso falhou. Ele pertence à extensão `BURL`, em que um servidor de submissão busca a mensagem num servidor IMAP; a RFC 4468 permite uma forma temporária e uma permanente.",
        "Os servidores de submissão respondem `554 5.6.6` a um comando `BURL` se o servidor IMAP retorna um erro ou nenhum dado para a URL. Uma falha de conexão com o servidor IMAP é informada de outra forma, como `451 4.4.1`.",
        "Verifique se a URL ainda aponta para uma mensagem existente e se o servidor de submissão tem permissão para buscá-la no servidor IMAP. Quem precisa corrigir isso é o programa de e-mail ou o administrador dos dois servidores; enviar a mensagem completa com `DATA` ou `BDAT` evita o problema.",
    ],
    // X.6.7
    [
        "Endereços não ASCII não são permitidos para esse remetente/destinatário",
        "O servidor recusou um endereço internacionalizado, com caracteres fora do ASCII, como letras acentuadas ou alfabetos não latinos, porque só endereços ASCII são permitidos para este remetente ou destinatário.",
        "Servidores com suporte a `SMTPUTF8` respondem `553` com este código a um `RCPT TO` cujo destinatário precisa ter endereço ASCII, e `550` com ele a um `MAIL FROM` cujo remetente precisa ter endereço ASCII.",
        "Use um endereço só em ASCII para essa caixa postal, se o dono tiver um. Caso contrário, o administrador da caixa postal recusada precisa ativar endereços internacionalizados para ela; reenviar sem mudanças falha de novo.",
    ],
    // X.6.8
    [
        "É necessária uma resposta com texto em UTF-8, mas o cliente SMTP não permite",
        "O servidor precisava de texto em UTF-8 na resposta para mostrar o nome de uma caixa postal, mas o cliente não tinha permitido respostas em UTF-8; por isso, o servidor não pôde dar essa resposta. Ele pertence à extensão `SMTPUTF8`.",
        "Os servidores o usam para comandos `VRFY` ou `EXPN` enviados sem o parâmetro `SMTPUTF8` se a resposta contiver uma caixa postal não ASCII; a RFC 6531 exige o código de resposta `252` ou `550` nesse caso.",
        "Repita o comando `VRFY` ou `EXPN` com o parâmetro `SMTPUTF8` se o cliente suportar e-mail internacionalizado. Um cliente que não consegue tratar respostas em UTF-8 não consegue obter essa resposta; nenhuma mensagem é afetada.",
    ],
    // X.6.9
    [
        "Mensagem com cabeçalhos em UTF-8 não pode ser transferida para um ou mais destinatários e, por isso, deve ser rejeitada",
        "A mensagem tem campos de cabeçalho internacionalizados (UTF-8), e pelo menos um destinatário não aceita esse tipo de mensagem; por isso, o servidor rejeitou a mensagem inteira depois de receber o conteúdo.",
        "Os servidores o enviam depois do `.` final do `DATA`. A RFC 6531 indica `554` como código de resposta para isso, enquanto o registro lista `550`; então, espere qualquer um dos dois. A RFC 6531 incentiva os servidores a detectar o problema antes, no `RCPT TO`.",
        "Envie a mensagem aos destinatários afetados com cabeçalhos e endereços só em ASCII, ou peça aos administradores deles que ativem o e-mail internacionalizado (`SMTPUTF8`). Os destinatários que aceitam UTF-8 podem receber uma mensagem separada.",
    ],
    // X.6.10
    [
        "Duplicata obsoleta do X.6.8",
        "O registro mantém o `X.6.10` só como duplicata obsoleta do `X.6.8`, sem texto de exemplo e sem código de resposta associado. Se um servidor o enviar, interprete-o como `X.6.8`: uma resposta precisaria de texto em UTF-8 que o cliente não tinha permitido.",
        "Ele não deveria aparecer em respostas atuais. Um servidor que ainda o envia quer dizer `X.6.8`, tipicamente em resposta a um comando `VRFY` ou `EXPN` enviado sem o parâmetro `SMTPUTF8`.",
        "Trate-o como o `X.6.8`: repita o comando com o parâmetro `SMTPUTF8` se o seu cliente tiver suporte a isso. Os operadores de um servidor que o envia devem trocá-lo por `X.6.8`.",
    ],
    // X.7.0
    [
        "Outro status de segurança ou status não definido",
        "Uma regra de segurança ou de política barrou o comando ou a mensagem, e o servidor não tem um código mais preciso para isso ou prefere não dizer mais. O texto depois do código costuma ser o único lugar que indica o motivo real.",
        "A RFC 4954 o combina com `454` para uma falha temporária de login do lado do servidor e com `530` quando um comando exige `AUTH` antes. Servidores que exigem `STARTTLS` antes de qualquer coisa também respondem `530 5.7.0`, e alguns o usam para recusas de política que não querem explicar.",
        "Depois de `530`, faça o que o servidor pede: inicie o TLS com `STARTTLS` ou faça login com `AUTH` antes do `MAIL FROM`. Depois de `454`, não digite a senha de novo: o servidor teve uma falha passageira, então tente mais tarde. Nos outros casos, leia o texto da resposta e, se ele não disser nada útil, consulte o postmaster do domínio de destino.",
    ],
    // X.7.1
    [
        "Entrega não autorizada, mensagem recusada",
        "A política do lado de destino não permite que este remetente envie para este destinatário; por isso, a mensagem foi recusada. O bloqueio pode ter como alvo seu servidor ou endereço IP, seu endereço ou domínio, ou ser uma configuração feita para o destinatário; o conteúdo em si pode estar correto.",
        "Os servidores o enviam para recusar relay para domínios que não atendem, para barrar hosts ou remetentes bloqueados pelos filtros deles e, como recomenda a RFC 7208, para uma verificação SPF que falhou. A RFC 7489 mostra `550 5.7.1` como resposta para uma mensagem rejeitada pela política DMARC do domínio do remetente.",
        "Leia no texto da resposta qual regra foi aplicada. Se ele mencionar relay, faça login no seu próprio servidor de saída em vez de enviar pelo servidor de outra pessoa. No caso de SPF ou DMARC, o administrador do remetente precisa corrigir os registros DNS do domínio (veja `X.7.23` e `X.7.26`); uma lista de bloqueio citada exige um pedido de remoção, e só o destinatário pode retirar um bloqueio feito por ele mesmo.",
    ],
    // X.7.2
    [
        "Expansão da lista de e-mail proibida",
        "O endereço é uma lista de e-mail, e você não tem permissão para postar nela. A lista em si funciona; só as regras dela não aceitam mensagens do seu endereço.",
        "Servidores de listas e servidores de e-mail o enviam para listas que só aceitam postagens de membros ou remetentes aprovados, ou que não aceitam postagem nenhuma. Também aparece quando um membro escreve de um endereço diferente do que está inscrito.",
        "Envie do endereço inscrito na lista, ou peça ao dono da lista que permita suas postagens ou repasse sua mensagem. Reenviar a mesma mensagem não vai ajudar enquanto as regras da lista não mudarem.",
    ],
    // X.7.3
    [
        "Conversão de segurança necessária, mas impossível",
        "Para entregar a mensagem, a proteção de segurança dela teria de ser convertida de um formato de mensagens seguras para outro, e o sistema no caminho não conseguiu fazer isso. A mensagem está protegida numa forma que o destino não consegue usar.",
        "Gateways entre sistemas diferentes de mensagens seguras o enviam quando uma mensagem assinada ou criptografada precisa entrar num sistema que usa outro protocolo de segurança e não há conversão disponível entre os dois.",
        "Proteja a mensagem com um formato que o sistema do destinatário suporte, ou envie-a sem essa proteção se a sua política permitir, e combine um formato comum com o destinatário. O operador do gateway pode dizer quais formatos ele consegue converter.",
    ],
    // X.7.4
    [
        "Recursos de segurança não suportados",
        "A mensagem ou o comando pediu um recurso de segurança, como um tipo de autenticação segura, que não pode ser oferecido neste caminho de entrega. O pedido não pode ser atendido do jeito que foi feito.",
        "Os servidores o enviam quando um cliente pede um mecanismo de segurança que eles não implementam; a IANA o associa ao `504`, a resposta que a RFC 4954 prescreve para um mecanismo `AUTH` que o servidor não suporta. Os gateways o enviam quando o próximo protocolo no caminho não consegue transportar os recursos de segurança da mensagem.",
        "Verifique o que o servidor suporta (a resposta ao `EHLO` lista as extensões e os mecanismos `AUTH`) e use um deles, ou envie sem o recurso se a sua política permitir. Se você realmente precisa do recurso, o administrador do lado de destino precisa adicionar suporte a ele.",
    ],
    // X.7.5
    [
        "Falha criptográfica",
        "Um sistema autorizado a verificar ou decifrar a mensagem no caminho não conseguiu fazer isso, porque uma chave ou outra informação necessária estava faltando ou era inválida. O problema é o material de chaves, e não uma alteração na mensagem.",
        "Verificadores de assinatura e gateways de decifração o enviam quando não conseguem obter uma chave necessária ou quando a chave encontrada é inutilizável. A RFC 6376 sugere `451 4.7.5` para um verificador DKIM que não consegue buscar a chave pública porque o servidor de chaves não responde.",
        "Com `4.7.5`, deixe as novas tentativas seguirem: a fonte das chaves pode voltar. Se persistir, o administrador do remetente deve verificar se as chaves de assinatura ou de criptografia estão publicadas e válidas (no DKIM, o registro de chave sob o seletor indicado na assinatura), e o destinatário deve verificar se as chaves de decifração certas estão instaladas.",
    ],
    // X.7.6
    [
        "Algoritmo criptográfico não suportado",
        "Um sistema autorizado a verificar ou decifrar a mensagem não conseguiu fazer isso, porque a mensagem foi assinada ou criptografada com um algoritmo que ele não suporta. As chaves podem estar corretas; o obstáculo é o algoritmo.",
        "Gateways e filtros que verificam assinaturas ou decifram e-mails o enviam quando uma mensagem usa um algoritmo que eles não implementam, seja um novo demais para eles, seja um que abandonaram.",
        "O remetente deve assinar ou criptografar com um algoritmo amplamente suportado e aceito pelo destinatário, combinando um se for preciso. Se o software do destinatário estiver desatualizado, o administrador dele precisa adicionar suporte ao algoritmo.",
    ],
    // X.7.7
    [
        "Falha de integridade da mensagem",
        "Um sistema autorizado a verificar a mensagem descobriu que ela foi danificada ou alterada no caminho; por isso, a assinatura ou outra verificação de integridade não confere mais. A RFC 3463 permite este código em relatórios permanentes, temporários e até de sucesso.",
        "Os verificadores o enviam quando uma mensagem assinada ou protegida falha na verificação de integridade, muitas vezes porque um servidor no caminho reescreveu cabeçalhos ou acrescentou texto depois da assinatura. A RFC 7372 também indica `5.7.7` como código genérico para operadores que não querem revelar qual verificação de autenticação falhou.",
        "Descubra o que altera a mensagem depois que ela é assinada: software de lista de e-mail, encaminhadores, gateways de segurança e ferramentas de rodapé ou aviso legal são os suspeitos de sempre. Assine como última etapa antes de a mensagem sair, ou impeça a alteração; comparar a cópia enviada com a recebida mostra o que mudou.",
    ],
    // X.7.8
    [
        "Credenciais de autenticação inválidas",
        "O login com `AUTH` falhou porque o nome de usuário, a senha ou outras credenciais estavam errados ou não bastavam para esta conta. Você não está autenticado, e tudo o que exige login será recusado.",
        "Os servidores de submissão respondem a um `AUTH` que falhou com `535 5.7.8`, por exemplo quando o programa de e-mail ainda tem uma senha antiga salva. A especificação mais antiga do `BURL` (RFC 4468) também usava `5.7.8` para a falta de uma relação de confiança; a RFC 5248 passou esse significado para o `X.7.14`.",
        "Confira o nome de usuário e a senha nas configurações do servidor de saída (SMTP) do programa de e-mail e digite-os de novo. Alguns provedores esperam o endereço de e-mail completo como nome de usuário, ou uma senha de aplicativo separada em vez da senha normal.",
    ],
    // X.7.9
    [
        "O mecanismo de autenticação é fraco demais",
        "O servidor não aceita o método de login que o cliente escolheu para este usuário, porque a política dele exige um mais forte. A senha pode muito bem estar certa; o que não é permitido é a forma como ela está sendo apresentada.",
        "Os servidores respondem ao `AUTH` com `534 5.7.9` quando o mecanismo selecionado é mais fraco do que a política deles permite para aquela conta, por exemplo depois que o provedor endureceu as regras de login. O Yahoo envia `554 5.7.9` com um sentido próprio: a mensagem foi recusada pela política dele, na maioria das vezes porque falhou na autenticação ou na política DMARC do domínio do remetente.",
        "Escolha outro método de autenticação nas configurações do servidor de saída do cliente, entre os mecanismos que o servidor lista depois de `AUTH` na resposta ao `EHLO`, e tente de novo. Se nenhum funcionar, pergunte ao provedor qual método de login ele exige.",
    ],
    // X.7.10
    [
        "Criptografia necessária",
        "A conexão precisa ser criptografada primeiro: o servidor não permite o mecanismo de login escolhido numa conexão desprotegida. A RFC 8689 reaproveita o `5.7.10` em mensagens de devolução quando não foi possível estabelecer uma sessão TLS para uma mensagem que a exigia. A IANA o associa ao `523`, um código de resposta que nenhuma RFC define.",
        "Os servidores o enviam principalmente ao `AUTH` com um mecanismo de senha em texto puro quando o TLS não está ativo. Servidores de relay colocam `5.7.10` em relatórios de falha de entrega de mensagens `REQUIRETLS` quando não conseguiram abrir uma sessão protegida com nenhum dos servidores de e-mail do destinatário.",
        "Ative a criptografia do servidor de saída no cliente de e-mail (`STARTTLS` ou uma conexão TLS) antes de fazer login, ou escolha um mecanismo mais forte. No caso de uma devolução por `REQUIRETLS`, o administrador do destinatário precisa oferecer TLS com um certificado válido, ou o remetente precisa decidir reenviar sem essa exigência.",
    ],
    // X.7.11
    [
        "Criptografia exigida para o mecanismo de autenticação solicitado",
        "O mecanismo de login que você escolheu só pode ser usado numa conexão criptografada, e esta não está criptografada. A RFC 4954 o mantém, com a resposta `538`, só por motivos históricos; a IANA também lista o `524`, que nenhuma RFC define.",
        "Servidores antigos respondem ao `AUTH` com `538 5.7.11` quando um cliente tenta usar um desses mecanismos sem TLS. Espera-se que os servidores atuais não anunciem esses mecanismos até o TLS estar ativo; assim, um cliente que só usa mecanismos anunciados não deveria encontrá-lo.",
        "Inicie o TLS com `STARTTLS` (ou conecte-se por TLS) antes do `AUTH`, envie `EHLO` de novo e escolha entre os mecanismos oferecidos na conexão criptografada. Se um servidor atual o enviar, o cliente provavelmente está usando um mecanismo que o servidor nunca ofereceu.",
    ],
    // X.7.12
    [
        "É necessária uma transição de senha",
        "O servidor precisa que você faça login uma vez com o mecanismo `PLAIN` antes que o mecanismo escolhido possa funcionar para esta conta. Esta tentativa de `AUTH` é recusada, mas isso não significa que a senha esteja errada. A RFC 4954 o usa com `432`; a IANA também lista o `422`, que nenhuma RFC define.",
        "Os servidores enviam `432 4.7.12` ao `AUTH` quando ainda não conseguem usar o mecanismo selecionado para a conta e precisam de um login com `PLAIN` para prepará-la para as próximas sessões.",
        "Faça login uma vez com `PLAIN` por uma conexão criptografada, para que a senha fique protegida, e volte ao mecanismo escolhido nas sessões seguintes. Se o cliente de e-mail não permitir trocar de mecanismo, peça ao provedor que conclua a mudança do lado dele.",
    ],
    // X.7.13
    [
        "Conta de usuário desativada",
        "O login em si deu certo, mas a conta foi desativada; por isso, ela não pode enviar. Ela continua bloqueada até um administrador reativá-la. A IANA o associa ao `525`, um código de resposta que nenhuma RFC define.",
        "Os provedores o enviam logo depois de um `AUTH` bem-sucedido para uma conta que desligaram, por exemplo por contas não pagas, abuso ou sinais de invasão.",
        "Não fique digitando a senha de novo; ela não é o problema. O titular da conta precisa entrar em contato com o provedor ou o administrador, descobrir por que a conta foi desativada e pedir a reativação, por exemplo depois de pagar ou de proteger uma conta comprometida.",
    ],
    // X.7.14
    [
        "Relação de confiança necessária",
        "O servidor de submissão recebeu o pedido de buscar o conteúdo da mensagem em outro servidor, tipicamente um servidor IMAP indicado num comando `BURL`, e não tem uma relação de confiança configurada com esse servidor. Sem ela, não consegue obter o conteúdo.",
        "Servidores de submissão com suporte a `BURL` o enviam, por exemplo como `554 5.7.14`, quando a URL aponta para um servidor no qual não estão configurados para confiar. A RFC 4468 usava antes o `5.7.8` para esse caso; a RFC 5248 deu a ele um código próprio. O Gmail responde ao `AUTH` com `534 5.7.14` num sentido próprio: é preciso primeiro entrar na conta por um navegador web.",
        "O cliente de e-mail só deve usar `BURL` com servidores IMAP que o servidor de submissão anuncia depois do login, ou então enviar a mensagem completa com `DATA` ou `BDAT`. Os administradores dos dois servidores podem configurar a confiança, por exemplo dando ao servidor de submissão credenciais próprias no servidor IMAP.",
    ],
    // X.7.15
    [
        "Nível de prioridade baixo demais",
        "O servidor recusou a mensagem porque a prioridade de transferência dela, informada com `MT-PRIORITY` ou atribuída pelo servidor, está abaixo da menor prioridade que ele aceita no momento. O limite pode ser temporário.",
        "Servidores de submissão com suporte à extensão `MT-PRIORITY` o enviam, geralmente com `450` ou `550`, quando a política deles deixa passar só mensagens de prioridade mais alta, por exemplo durante um período de operação restrita.",
        "Com a forma `4.7.15`, deixe o cliente tentar de novo mais tarde, quando prioridades mais baixas voltarem a ser aceitas. Se a mensagem for urgente e você tiver permissão para usar uma prioridade mais alta, reenvie com um valor maior de `MT-PRIORITY`; caso contrário, pergunte ao administrador do servidor sobre a política de prioridades.",
    ],
    // X.7.16
    [
        "Mensagem grande demais para a prioridade especificada",
        "A mensagem é maior do que o servidor permite para a prioridade de transferência dela, embora possa ser aceita com outra prioridade ou num tamanho menor. A RFC 4865 chegou a dar outro significado a este número (uma cota de liberação futura), mas ele nunca foi registrado; o significado da IANA é este.",
        "Servidores com a extensão `MT-PRIORITY` cuja política define limites de tamanho por prioridade o enviam, geralmente com `552`, seja no `MAIL FROM`, quando o cliente também declarou `SIZE`, seja depois da chegada dos dados da mensagem.",
        "Reduza a mensagem, por exemplo tirando anexos, envie-a com um valor menor de `MT-PRIORITY` ou pergunte ao administrador do servidor quais são os limites por prioridade. Com a forma `4.7.16`, o limite pode ser temporário, e uma nova tentativa mais tarde pode dar certo.",
    ],
    // X.7.17
    [
        "O dono da caixa postal mudou",
        "O remetente pediu, com a extensão `RRVS` ou o campo de cabeçalho `Require-Recipient-Valid-Since`, que a entrega só acontecesse se a caixa postal tivesse o mesmo dono desde uma data informada, e o destino sabe que ela mudou de mãos desde então. A RFC 4865 chegou a usar este número para uma cota; a IANA o atribuiu à RFC 7293.",
        "Remetentes automatizados de e-mails sensíveis usam `RRVS` para não alcançar alguém que assumiu um endereço reciclado. O servidor de destino então responde `550 5.7.17` ao `RCPT TO`, ou depois dos dados da mensagem, quando a data veio no campo de cabeçalho.",
        "O remetente deve considerar que o endereço não pertence mais à pessoa que ele conhecia: pare de enviar para ele e peça a essa pessoa um endereço atual por outro canal. Reenviar sem a verificação de data poderia entregar o e-mail a um desconhecido.",
    ],
    // X.7.18
    [
        "O dono do domínio mudou",
        "O remetente pediu uma verificação de titularidade com `RRVS` ou com o campo de cabeçalho `Require-Recipient-Valid-Since`, e o destino informa que o nome de domínio do destinatário tem um novo dono desde a data informada. Os e-mails para esse endereço agora podem chegar a alguém sem nenhuma relação com o destinatário.",
        "Sistemas de destino com suporte a `RRVS` o enviam quando sabem que o domínio mudou de dono depois da data do remetente e optam por revelar isso, em vez de responder só sobre a caixa postal.",
        "O remetente deve parar de usar o endereço e confirmar um novo com o destinatário pretendido por outro canal. Não há nada a corrigir do lado de destino.",
    ],
    // X.7.19
    [
        "Não é possível concluir o teste RRVS",
        "O remetente pediu uma verificação de titularidade `RRVS`, mas o destino não tem registro de quando a caixa postal foi criada ou reatribuída pela última vez; por isso, ele recusa em vez de adivinhar. Isso não diz nada sobre o endereço ainda ser válido ou não.",
        "Os destinos o enviam quando não se conhece nem a data de criação da caixa postal nem um substituto razoável dela, por exemplo depois que um domínio passou para um novo dono ou provedor sem o histórico das caixas postais.",
        "O remetente precisa decidir: reenviar sem a proteção `RRVS`, se esse risco for aceitável, ou antes confirmar o endereço com o destinatário por outro canal. Repetir o mesmo pedido não vai ajudar.",
    ],
    // X.7.20
    [
        "Nenhuma assinatura DKIM aprovada encontrada",
        "O destino exige uma assinatura DKIM válida, e a mensagem não tinha nenhuma: ela não estava assinada, ou todas as assinaturas falharam na verificação. A RFC 6376 desaconselha recusar e-mails só por isso; portanto, trata-se de uma política local rígida.",
        "Destinos que exigem DKIM, por exemplo por um acordo com um parceiro que prometeu assinar tudo, o enviam depois que os dados da mensagem chegam. As assinaturas falham quando a chave pública está ausente do DNS ou não confere, ou quando algo alterou a mensagem depois da assinatura.",
        "O administrador do remetente deve fazer com que o servidor ou o provedor de e-mail assine com DKIM todas as mensagens de saída, e publicar a chave pública como registro TXT em `<selector>._domainkey.<domain>`. Envie uma mensagem de teste, confira se o cabeçalho `Authentication-Results` mostra DKIM aprovado e impeça rodapés ou gateways de alterarem os e-mails depois da assinatura.",
    ],
    // X.7.21
    [
        "Nenhuma assinatura DKIM aceitável encontrada",
        "A mensagem tinha pelo menos uma assinatura DKIM válida, mas nenhuma atendia aos requisitos extras do destino, como quais campos de cabeçalho precisam ser assinados ou a proibição de assinaturas que cobrem só parte do corpo. Uma assinatura tecnicamente válida não bastou.",
        "Destinos com regras DKIM rígidas o enviam depois que os dados da mensagem chegam, embora a RFC 6376 desaconselhe esse tipo de rejeição. Gatilhos típicos são uma assinatura que deixa de fora campos de cabeçalho importantes ou que usa um limite de tamanho do corpo (`l=`).",
        "O administrador do remetente deve assinar com configurações que a maioria dos destinos aceita: incluir `From`, `Subject`, `Date`, `To` e os outros campos de cabeçalho essenciais, e assinar o corpo inteiro, sem `l=`. O texto da resposta pode dizer qual requisito falhou; se o problema for o domínio do `From`, veja `X.7.22`.",
    ],
    // X.7.22
    [
        "Nenhuma assinatura DKIM válida correspondente ao autor encontrada",
        "A mensagem tinha assinaturas DKIM aprovadas, mas nenhuma foi feita pelo domínio do campo de cabeçalho `From`, o endereço do autor. O destino exige que o domínio que assina corresponda ao do autor; é um caso particular do `X.7.21`.",
        "Os destinos o enviam depois que os dados da mensagem chegam, tipicamente quando um serviço de e-mail assinou com o próprio domínio em vez do domínio do cliente. O DMARC se baseia na mesma ideia de fazer o domínio autenticado corresponder (alinhar) ao domínio do `From`.",
        "Faça com que o domínio `d=` da assinatura seja o domínio do `From` ou, no alinhamento relaxado do DMARC, um domínio da mesma organização. Para um remetente terceirizado, como um serviço de newsletter ou de CRM, configure o DKIM com domínio personalizado oferecido por ele: publique sob o seu domínio a chave que ele fornece, para que ele assine em seu nome.",
    ],
    // X.7.23
    [
        "Falha na validação SPF",
        "A verificação SPF deu o resultado “fail”: o domínio do `MAIL FROM` (ou o nome `HELO`) publica um registro SPF que não autoriza o endereço IP de onde a mensagem veio, e a política do destino rejeita esse tipo de e-mail. Ele substitui o `5.7.1` nesse caso.",
        "Os destinos o enviam, muitas vezes antes da transferência dos dados da mensagem, quando o registro SPF do domínio de envio termina em `-all` e o servidor de envio não está coberto. Causas comuns são um novo serviço ou servidor de e-mail que nunca foi incluído no registro e o encaminhamento, em que um terceiro reenvia o e-mail a partir do próprio endereço IP. O Gmail também envia `421 4.7.23` com um sentido próprio: o endereço IP de envio não tem registro PTR, ou tem um que não corresponde.",
        "O administrador do remetente deve listar todos os servidores de saída legítimos no registro TXT de SPF do domínio, com entradas `ip4:` e `ip6:` ou o `include:` do provedor de e-mail, mantendo um único registro que comece com `v=spf1`. Se o encaminhamento for a causa, o encaminhador deve reescrever o `MAIL FROM` para o próprio domínio, ou o destinatário pode isentar o encaminhador das verificações SPF.",
    ],
    // X.7.24
    [
        "Erro na validação SPF",
        "O destino não conseguiu concluir a verificação SPF por causa de um erro, o que é diferente de uma verificação que falhou. Um erro temporário, geralmente um problema de consulta DNS, gera a forma `4.7.24`; `5.7.24` significa que o registro SPF do domínio está quebrado e não pode ser interpretado.",
        "Os destinos o enviam com `451` quando as consultas DNS do registro expiram ou falham, e com `550` quando o registro tem um erro de sintaxe, quando o domínio publica mais de um registro SPF ou quando a avaliação exige mais de 10 termos que fazem consultas DNS, como `include:`, `a` e `mx`.",
        "O administrador do remetente deve verificar o registro SPF: exatamente um registro TXT começando com `v=spf1`, sem erros de digitação e com no máximo 10 consultas, por exemplo trocando termos `include:` aninhados por faixas `ip4:` ou `ip6:`. Na forma temporária, garanta que os servidores DNS do domínio respondam de forma confiável; o DNS do destino também pode ser o culpado.",
    ],
    // X.7.25
    [
        "Falha na validação do DNS reverso",
        "O endereço IP do servidor de envio não passou na verificação de DNS reverso do destino: ele não tem registro PTR, ou o nome de host desse registro não resolve de volta para o mesmo endereço IP. A política do destino recusa e-mails desses hosts.",
        "Os destinos o enviam logo no início da sessão a servidores cujo endereço IP não tem registro PTR, ou cujo nome PTR não tem um registro A ou AAAA correspondente. Servidores novos na nuvem e conexões residenciais muitas vezes começam assim.",
        "O administrador do remetente precisa pedir a quem controla o endereço IP (o provedor de hospedagem ou de internet) um registro PTR com o nome do servidor de e-mail, como `mail.example.com`, e garantir que esse nome tenha um registro A ou AAAA com o mesmo endereço. Use o mesmo nome no `EHLO`.",
    ],
    // X.7.26
    [
        "Várias verificações de autenticação falharam",
        "A mensagem falhou em mais de uma das verificações de autenticação do destino, como SPF, DKIM, ARC ou DNS reverso, e a política dele a recusa por isso. O código não diz quais verificações falharam.",
        "A RFC 7372 pede aos servidores que o usem quando várias verificações falham, em vez de indicar só a primeira falha. São casos típicos e-mails forjados, domínios sem SPF ou DKIM funcionando e e-mails encaminhados que quebraram os dois; uma falha de DMARC também significa que nem o SPF nem o DKIM passaram para o domínio do `From`.",
        "O administrador do remetente deve corrigir todas as verificações, não só uma: o registro SPF precisa listar todos os servidores de envio, as mensagens precisam levar uma assinatura DKIM do domínio do `From`, e o endereço IP de envio precisa de um DNS reverso correspondente. Uma mensagem de teste para uma caixa postal que você controla mostra cada resultado no cabeçalho `Authentication-Results`.",
    ],
    // X.7.27
    [
        "O endereço do remetente tem MX nulo",
        "O domínio do endereço do remetente (no `MAIL FROM` ou no campo de cabeçalho `From`) publica um registro MX nulo, que declara que ele não aceita e-mails. Respostas e mensagens de devolução nunca poderiam ser entregues lá; por isso, o destino recusa a mensagem.",
        "Os destinos o enviam para e-mails de um domínio cujo único registro MX tem preferência 0 e destino “.”, tipicamente um domínio que não envia e-mails e está sendo forjado como endereço de retorno, ou um domínio de envio que publicou um MX nulo por engano. O Gmail também envia `5.7.27` com um sentido próprio: a mensagem não passou na verificação SPF.",
        "Se o domínio deve enviar e-mails, o administrador dele precisa remover o MX nulo e publicar registros MX reais, de servidores que aceitem e-mails, inclusive devoluções. Caso contrário, envie de um endereço num domínio que possa receber e-mails.",
    ],
    // X.7.28
    [
        "Inundação de e-mails detectada",
        "O destino acredita que a mensagem faz parte de uma inundação de mensagens abusivas parecidas e a recusa. O código vem de um Internet-Draft, não de uma RFC, e a IANA não indica nenhum código de resposta para ele: o campo mostra só um ponto.",
        "Ele foi registrado para inundações como a massa de e-mails de confirmação que chega quando atacantes cadastram o endereço de uma vítima em muitos formulários de inscrição na web. Destinos que detectam rajadas de mensagens parecidas para um mesmo endereço podem enviá-lo.",
        "Se você mantém um formulário web que envia e-mails de confirmação, limite quantas vezes um mesmo endereço pode ser cadastrado, bloqueie envios automatizados e pare de mandar e-mails para endereços que nunca confirmam. Se você é um remetente comum apanhado numa inundação, tente de novo mais tarde ou entre em contato com o postmaster do destinatário.",
    ],
    // X.7.29
    [
        "Falha na validação ARC",
        "A mensagem trazia uma cadeia ARC, na qual encaminhadores e listas de e-mail assinam e registram os resultados de autenticação que viram, e a cadeia falhou na validação. Uma cadeia quebrada vale como nenhuma cadeia. O ARC é definido por uma RFC experimental (RFC 8617).",
        "Destinos que verificam ARC podem enviá-lo quando o selo ou a assinatura ARC de um intermediário não é validado, geralmente junto com falhas de SPF ou DKIM; a RFC 8617 permite que enviem `5.7.26` no lugar. Todo erro de ARC, até uma falha de DNS, conta como permanente. O Gmail também envia `5.7.29` com um sentido próprio: a mensagem não foi enviada por TLS.",
        "O encaminhador ou a lista de e-mail que adicionou os cabeçalhos ARC precisa corrigir a própria configuração: publicar no DNS a chave de assinatura ARC, selar só depois das próprias alterações na mensagem e manter intactos os conjuntos ARC anteriores. O remetente original pode reduzir o problema fazendo o SPF e o DKIM passarem por si sós (veja `X.7.26`).",
    ],
    // X.7.30
    [
        "Suporte a REQUIRETLS necessário",
        "A mensagem foi enviada com `REQUIRETLS`, que exige transferência protegida em todos os saltos, e nenhum dos servidores aos quais ela precisava ir em seguida suporta `REQUIRETLS`. Por isso, o servidor que a guardava não a repassou e a devolveu.",
        "Ele aparece em relatórios de falha de entrega: um servidor de relay alcançou os servidores de e-mail do destinatário por TLS, mas nenhum anunciou `REQUIRETLS` depois do `STARTTLS`. Se nem o TLS pôde ser estabelecido, o relatório usa `5.7.10` no lugar. O Gmail também envia `5.7.30` com um sentido próprio: a mensagem não passou na verificação DKIM.",
        "O administrador do destinatário precisa de servidores de e-mail com suporte a `REQUIRETLS`, com certificados que passem na validação e registros MX protegidos por DNSSEC ou MTA-STS. Caso contrário, o remetente precisa decidir se a mensagem pode trafegar sem essa garantia e reenviá-la sem `REQUIRETLS`, ou usar outro canal.",
    ],
    // 2.XXX.XXX
    [
        "Sucesso",
        "Um primeiro dígito 2 significa que a ação funcionou: o endereço ou a mensagem foi aceito, repassado ou entregue. Os outros dois números podem acrescentar detalhes, como uma alteração feita na mensagem no caminho.",
        "Os servidores que usam códigos de status estendidos o colocam nas respostas positivas, como `250` e `251`, e os relatórios de entrega o usam para confirmar que uma mensagem foi entregue ou repassada.",
        "Não há nada a corrigir. Um código de sucesso ainda pode informar uma alteração, por exemplo uma nova prioridade ou um formato convertido; então, leia o resto do código se o resultado surpreender você.",
    ],
    // 4.XXX.XXX
    [
        "Falha transitória persistente",
        "Um primeiro dígito 4 significa uma falha temporária: a mensagem em si é aceitável, mas alguma condição no caminho a atrasou ou, se durou tempo suficiente, fez o remetente desistir. Enviar de novo mais tarde pode dar certo.",
        "Ele acompanha códigos de resposta que começam com 4, como `421`, `450` e `451`, e aparece em avisos de atraso e em mensagens de devolução enviadas depois que o servidor de envio parou de tentar.",
        "Em geral, nada: o servidor de envio guarda a mensagem e tenta de novo sozinho. Se uma mensagem de devolução disser que ele desistiu, leia os números de assunto e de detalhe para saber o motivo, corrija-o se estiver do seu lado e envie a mensagem de novo.",
    ],
    // 5.XXX.XXX
    [
        "Falha permanente",
        "Um primeiro dígito 5 significa uma falha permanente: enviar de novo a mesma mensagem sem mudanças não vai dar certo. Antes, algo precisa mudar na mensagem, no endereço ou no destino.",
        "Ele acompanha códigos de resposta que começam com 5, como `550` e `554`, e aparece em mensagens de devolução depois que a entrega foi abandonada.",
        "Não se limite a reenviar. Leia os números de assunto e de detalhe e o texto para saber o que precisa mudar, como o endereço, o tamanho da mensagem ou a configuração do remetente, e só envie de novo depois de corrigir isso.",
    ],
    // X.0.XXX
    [
        "Outro status ou status não definido",
        "O assunto 0 não diz nada sobre onde está o problema. Só o primeiro dígito (sucesso, falha temporária ou falha permanente) traz informação.",
        "Servidores e relatórios de entrega o usam quando não conseguem ou não querem classificar o resultado, principalmente nas formas `2.0.0`, `4.0.0` e `5.0.0`.",
        "Baseie-se no código de resposta e no texto depois do código. Se o texto não explicar o problema, consulte o administrador do servidor que o gerou.",
    ],
    // X.1.XXX
    [
        "Status de endereçamento",
        "O assunto 1 aponta para um endereço, do remetente ou de um destinatário: a sintaxe dele ou se ele existe. A RFC 3463 observa que o remetente geralmente consegue corrigir esses problemas e tentar de novo.",
        "Aparece principalmente em respostas ao `MAIL FROM` e ao `RCPT TO` e em mensagens de devolução sobre endereços desconhecidos, mudados ou malformados.",
        "Confira se o endereço citado no erro tem erros de digitação e confirme-o com o dono; depois, envie de novo para o endereço corrigido.",
    ],
    // X.2.XXX
    [
        "Status da caixa postal",
        "O assunto 2 aponta para a caixa postal do destinatário: ela existe, mas o estado dela, como estar cheia ou desativada, barrou a mensagem. Esses problemas estão nas mãos do destinatário.",
        "Aparece em respostas ao `RCPT TO` ou ao fim dos dados da mensagem e em mensagens de devolução da etapa final de entrega.",
        "Avise o destinatário por outro canal; só ele ou o administrador de e-mail dele pode liberar espaço, reativar a caixa postal ou mudar os limites dela.",
    ],
    // X.3.XXX
    [
        "Status do sistema de e-mail",
        "O assunto 3 aponta para o sistema de e-mail de destino como um todo: armazenamento, disponibilidade, limites de tamanho, recursos ou configuração. O administrador dele é o responsável por isso.",
        "Aparece em respostas de servidores de destino cheios, indisponíveis, mal configurados ou com limites de tamanho de mensagem ou de recursos, e em mensagens de devolução que informam esses problemas.",
        "As formas temporárias geralmente se resolvem quando o servidor de envio tenta de novo. Nas permanentes, adapte a mensagem, por exemplo o tamanho, ou peça ao administrador do destino que corrija o sistema.",
    ],
    // X.4.XXX
    [
        "Status de rede e roteamento",
        "O assunto 4 aponta para o caminho de entrega: conexões de rede, DNS e outros serviços de roteamento entre os sistemas. Em geral, isso cabe aos administradores do destino ou de um sistema intermediário.",
        "Aparece em avisos de atraso e em mensagens de devolução quando o servidor de envio não consegue alcançar o destino ou encontrar uma rota até ele, por exemplo depois de timeouts, falhas de DNS, loops de roteamento ou prazo de entrega expirado.",
        "Erros de rede temporários geralmente se resolvem numa nova tentativa. Se persistirem, verifique os registros DNS e MX do domínio de destino e a conectividade dos servidores envolvidos, ou informe o problema ao administrador do destino.",
    ],
    // X.5.XXX
    [
        "Status do protocolo de entrega de e-mail",
        "O assunto 5 aponta para a própria troca SMTP: comandos, sintaxe, argumentos ou versões de protocolo em que os dois lados não se entendem, seja por software com defeito, seja por uma conexão instável.",
        "Aparece em respostas a comandos malformados, desconhecidos ou fora de ordem, e em mensagens de devolução depois que uma troca entre dois servidores falhou.",
        "Em geral, é um problema no software de envio ou nas configurações dele: verifique o comando e os argumentos, e atualize ou corrija o cliente. Se a conexão estava instável, tente de novo.",
    ],
    // X.6.XXX
    [
        "Status de conteúdo ou mídia da mensagem",
        "O assunto 6 aponta para o conteúdo da mensagem: um formato, uma codificação ou um tipo de mídia que não pôde ser transportado ou convertido. Remetente e destinatário precisam suportar um conjunto comum de tipos de conteúdo para a mensagem passar.",
        "Aparece depois dos dados da mensagem e em mensagens de devolução de gateways e servidores que não conseguem tratar ou converter parte de uma mensagem, inclusive endereços ou cabeçalhos com caracteres não ASCII.",
        "Envie o conteúdo numa forma com suporte mais amplo, por exemplo um tipo de anexo comum ou um endereço só em ASCII, ou peça ao lado do destinatário que dê suporte ao formato.",
    ],
    // X.7.XXX
    [
        "Status de segurança ou de política",
        "O assunto 7 aponta para segurança ou política: regras de filtragem de remetentes, destinatários ou hosts, autenticação, criptografia e verificações como SPF, DKIM e DMARC. As regras de qualquer um dos lados podem ser a causa.",
        "Aparece em respostas a quase qualquer comando quando um servidor recusa e-mails por política, exige autenticação ou criptografia ou constata que uma verificação do remetente falhou, e também nas mensagens de devolução que vêm em seguida.",
        "Leia o texto para ver qual regra foi aplicada. Os remetentes costumam resolver isso se autenticando, usando criptografia, corrigindo os registros SPF, DKIM ou DMARC ou saindo de uma lista de bloqueio; uma política do lado de destino só pode ser mudada pelo administrador dele.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Resumo",
    // label.description
    "Descrição",
    // label.when_seen
    "Quando aparece",
    // label.how_to_fix
    "Como resolver",
    // label.key_differences
    "Principais diferenças",
    // label.when_to_use
    "Quando usar cada um",
    // label.learn_more
    "Saiba mais",
    // label.class
    "Classe",
    // label.category
    "Categoria",
    // label.subject
    "Assunto",
    // label.status
    "Situação",
    // label.retry
    "O que o cliente deve fazer",
    // label.fix_by
    "Quem precisa agir",
    // label.commands
    "Retornado em resposta a",
    // label.connection
    "O que acontece com a conexão",
    // connection.closes
    "O servidor a fecha",
    // connection.stays_open
    "Continua aberta",
    // label.references
    "Referências",
    // label.related
    "Códigos relacionados",
    // label.compare_with
    "Costuma ser confundido com",
    // label.server_text
    "O que o servidor disse",
    // label.problems
    "Problemas nesta resposta",
    // label.reply_code
    "Código de resposta",
    // label.enhanced_code
    "Código de status estendido",
    // class.2.name
    "Conclusão positiva",
    // class.3.name
    "Intermediária positiva",
    // class.4.name
    "Conclusão negativa temporária",
    // class.5.name
    "Conclusão negativa permanente",
    // class.2.phrase
    "uma resposta 2xx de conclusão positiva",
    // class.3.phrase
    "uma resposta 3xx intermediária positiva",
    // class.4.phrase
    "uma resposta 4xx negativa temporária",
    // class.5.phrase
    "uma resposta 5xx negativa permanente",
    // category.0
    "Sintaxe",
    // category.1
    "Informação",
    // category.2
    "Conexões",
    // category.3
    "Não especificada",
    // category.4
    "Não especificada",
    // category.5
    "Sistema de e-mail",
    // category.other
    "Fora das categorias padrão",
    // status.standard
    "Padrão",
    // status.extension
    "Definido por uma extensão SMTP",
    // status.obsolete
    "Obsoleto",
    // status.experimental
    "Em caráter experimental",
    // status.non_standard
    "Não padrão",
    // retry.nothing_to_do
    "Nada a fazer. O comando foi bem-sucedido.",
    // retry.continue
    "Prossiga. O servidor aguarda a próxima etapa da troca.",
    // retry.later
    "Tente de novo mais tarde. O problema é temporário, e um servidor de e-mail faz as novas tentativas sozinho.",
    // retry.not_unchanged
    "Não repita sem mudanças. Algo precisa mudar antes que a mesma tentativa possa funcionar.",
    // party.sending_client
    "O cliente que envia",
    // party.sender_admin
    "O administrador do remetente",
    // party.recipient_admin
    "O administrador do destinatário",
    // party.server_admin
    "O administrador do servidor que respondeu",
    // party.nobody
    "Ninguém",
    // party.sender
    "O remetente da mensagem",
    // party.recipient
    "O destinatário da mensagem",
    // command.connect
    "Na conexão (como saudação)",
    // command.data_end
    "Fim dos dados da mensagem",
    // command.any
    "Qualquer comando",
    // list.separator
    ", ",
    // list.last_separator
    " e ",
    // label.separator
    ": ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} é {class}.",
    // show.enhanced_class
    "Com a classe {digit}, ele corresponde a {class}.",
    // show.enhanced_kind
    "{code} é um código de status estendido: ele vem depois do código de resposta e indica o assunto ({subject}) e o detalhe.",
    // show.non_standard
    "{code} não é definido por nenhuma RFC. As fontes abaixo descrevem quem o usa.",
    // compare.title
    "SMTP {a} {a_title} versus {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) é {a_class}, enquanto {b} ({b_title}) é {b_class}.",
    // compare.same_class
    "{a} ({a_title}) e {b} ({b_title}) estão na mesma classe: {class}.",
    // compare.kinds
    "{a} é um código de resposta básico, os três dígitos que iniciam toda linha de resposta; {b} é um código de status estendido, que os servidores com suporte a ele escrevem depois do código de resposta.",
    // compare.same_code
    "{a} e {b} são o mesmo código.",
    // compare.same_detail
    "{a} e {b} informam a mesma situação, {generic} ({title}); só a classe muda e, com ela, o que o cliente faz.",
    // compare.advice
    "Depois de {code}: {retry}",
    // diff.class
    "Classe: {a} é {a_class}; {b} é {b_class}.",
    // diff.retry
    "O que o cliente deve fazer. Depois de {a}: {a_retry} Depois de {b}: {b_retry}",
    // diff.category
    "Categoria (segundo dígito): {a_category} para {a}, {b_category} para {b}.",
    // diff.subject
    "Assunto: {a_subject} para {a}, {b_subject} para {b}.",
    // diff.fix_by
    "Quem precisa agir: {a_fix_by} para {a}; {b_fix_by} para {b}.",
    // diff.commands
    "Comandos — {a}: {a_commands}; {b}: {b_commands}.",
    // diff.commands_one
    "Comandos: só {a} está ligado a comandos específicos ({commands}).",
    // diff.associated
    "O registro da IANA lista {reply} entre os códigos de resposta usados com {enhanced}.",
    // diff.related
    "O catálogo lista {a} e {b} como códigos relacionados.",
    // diff.status
    "Situação: {a_status} para {a}; {b_status} para {b}.",
    // use.class.2
    "Um servidor responde {code} para confirmar que o comando funcionou.",
    // use.class.3
    "Um servidor responde {code} para pedir ao cliente que siga para a próxima etapa.",
    // use.class.4
    "Um servidor responde {code} quando o problema pode se resolver sozinho, para que o cliente tente de novo mais tarde.",
    // use.class.5
    "Um servidor responde {code} quando repetir a mesma tentativa não tem como funcionar até que alguém mude alguma coisa.",
    // use.same_class
    "Os dois códigos pertencem à mesma classe; então, o cliente reage a eles da mesma forma. O que muda é a causa e, portanto, a solução.",
    // use.kinds
    "O cliente age com base no código de resposta {reply}; o código estendido {enhanced} explica às pessoas com mais precisão o que deu errado.",
    // learn.page
    "{code} {title}",
    // explain.title
    "O que significa a resposta {code}",
    // explain.no_code
    "Este texto não começa com um código de resposta SMTP; por isso, não pode ser explicado.",
    // explain.unknown
    "{code} não está no catálogo; ainda assim, a classe dele indica o que fazer.",
    // problem.mismatch
    "O código estendido {enhanced} pertence à classe {enhanced_digit}, mas o código de resposta {code} pertence à classe {digit}. Os clientes agem com base no código de resposta.",
    // problem.mixed_codes
    "Nem todas as linhas desta resposta trazem o mesmo código ({codes}).",
    // problem.line_too_long
    "A linha {line} passa dos {limit} caracteres que o SMTP permite.",
    // problem.not_text
    "A linha {line} contém bytes que não são texto.",
    // problem.truncated
    "A resposta foi cortada: só as primeiras {limit} linhas foram lidas.",
    // label.what_happened
    "O que aconteceu",
    // label.what_to_do
    "O que fazer",
    // label.tell_the_sender
    "O que dizer ao remetente",
    // label.evidence
    "Como sabemos",
    // evidence.text
    "o servidor diz {quote}",
    // evidence.enhanced_code
    "o código de status estendido {code}",
    // evidence.reply_code
    "o código de resposta {code}",
    // explain.reason_disagrees
    "Por si só, este motivo significaria: {reason_retry} Mas quem decide é o código {code}: {code_retry}",
    // site.title
    "Códigos de resposta SMTP",
    // site.intro
    "O que significa cada código de resposta SMTP e cada código de status estendido, quando aparece e como resolver.",
    // site.reply_codes
    "Códigos de resposta",
    // site.enhanced_codes
    "Códigos de status estendidos",
    // site.comparisons
    "Comparações",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "Todos os códigos",
    // site.languages
    "Outros idiomas",
    // site.search
    "Pesquisar códigos, títulos e palavras",
    // site.choose_language
    "Escolha um idioma",
    // site.generated
    "Gerado pelo smtp-codes a partir da versão {version} do catálogo.",
    // label.provider
    "Provedor",
    // label.provider_note
    "O que a documentação do provedor acrescenta",
    // evidence.vendor_code
    "o código próprio de {provider}, {code}",
    // show.vendor_code
    "{code} não consta do registro da IANA: é um código próprio de {provider}.",
    // label.defined_by
    "Definido por",
    // label.read_on
    "fonte consultada em {date}",
    // site.providers
    "Provedores",
    // provider.markers
    "Palavras que identificam suas respostas",
    // provider.hosts
    "Nomes de host de seus servidores",
    // provider.vendor_codes
    "Códigos próprios",
    // provider.rules
    "O que suas respostas significam",
    // provider.reused_by
    "Provedores que dão a este código um significado próprio",
    // logs.title
    "Resumo do log de e-mail",
    // logs.lines
    "Linhas lidas",
    // logs.attempts
    "Tentativas de entrega",
    // logs.skipped
    "Linhas sem tentativa de entrega",
    // logs.sent
    "Entregues",
    // logs.deferred
    "Adiadas",
    // logs.bounced
    "Devolvidas",
    // logs.expired
    "Expiradas",
    // logs.recovered
    "Adiadas e depois entregues",
    // logs.by_reason
    "Falhas por motivo",
    // logs.count
    "Tentativas",
    // logs.domains
    "Domínios de destino",
    // logs.examples
    "Exemplos",
    // logs.by_hour
    "Falhas por hora",
    // logs.untimed
    "Falhas sem horário registrado (fora do gráfico)",
    // logs.axis_time
    "Horário, como consta no log",
    // logs.hours_per_bar
    "Horas por barra",
    // logs.axis_failures
    "Falhas",
    // logs.top_domains
    "Domínios de destino com mais falhas",
    // logs.top_providers
    "Provedores com mais falhas",
    // logs.by_code
    "Falhas por código",
    // logs.code_axis
    "Código de resposta (ou código estendido)",
    // logs.reasons
    "O que significa cada motivo",
    // logs.shown
    "Exibidos: {shown} de {total}",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "O endereço do destinatário não existe",
        "O servidor de destino não tem nenhuma caixa postal para o endereço informado no `RCPT TO`, geralmente por causa de um erro de digitação ou de uma conta que foi excluída. Os servidores informam isso com `550` e `5.1.1`, mas um `550` sozinho também é usado para muitas outras recusas, e aí quem decide é o texto da resposta.",
        "Confira se o endereço tem erros de digitação, principalmente na parte antes do `@`, e peça o endereço correto ao destinatário por outro canal. Remova das listas de e-mail os endereços que falham repetidamente. Se o endereço deveria existir, o administrador do destinatário precisa criar a caixa postal ou corrigir o alias ou a tabela de roteamento.",
        "Esse endereço não existe. Confira se ele foi digitado corretamente e envie a mensagem de novo.",
    ],
    // mailbox_disabled
    [
        "A caixa postal do destinatário está desativada ou foi transferida",
        "O servidor de destino conhece o endereço, mas a caixa postal dele não recebe e-mails: ela foi desativada, suspensa, encerrada por inatividade ou transferida para outro lugar. Os servidores informam isso com `5.2.1`, com `5.1.6` ou `551` quando a caixa postal foi transferida, ou com um `550` genérico cujo texto explica o caso.",
        "Só o destinatário ou o administrador dele pode reativar a caixa postal. O remetente deve falar com o destinatário por outro canal, perguntar se a caixa postal vai voltar a funcionar ou qual endereço novo usar, e atualizar os catálogos de endereços e as listas de acordo.",
        "A caixa postal do destinatário foi encerrada ou não está mais em uso. Entre em contato com a pessoa de outra forma para conseguir um endereço atualizado.",
    ],
    // mailbox_full
    [
        "A caixa postal do destinatário está cheia",
        "A caixa postal do destinatário esgotou sua cota de armazenamento; por isso, não cabe mais nada até que e-mails sejam apagados ou a cota seja aumentada. Os servidores informam isso com `4.2.2` e um `450` ou `452` temporário, ou com um `552` permanente e `5.2.2`; os outros destinatários no mesmo servidor não são afetados.",
        "O destinatário precisa apagar ou arquivar e-mails, ou o administrador dele precisa aumentar a cota. Depois de uma resposta temporária, o servidor de envio tenta de novo sozinho; depois de uma permanente, o remetente precisa enviar a mensagem de novo quando houver espaço na caixa postal. Avisar o destinatário por outro canal costuma ajudar.",
        "A caixa postal do destinatário está cheia. Tente de novo mais tarde ou avise a pessoa de outra forma que ela precisa liberar espaço.",
    ],
    // domain_not_found
    [
        "O domínio do destinatário não existe ou não recebe e-mails",
        "A parte do endereço depois do `@` indica um domínio que não existe no DNS, que não tem registros MX nem de endereço ou que publica um MX nulo para declarar que não aceita e-mails. Os servidores informam isso com `5.1.2`, ou com `556` e `5.1.10` no caso de um MX nulo; uma falha temporária na consulta (`4.4.3`) é outro problema.",
        "Confira se o domínio tem erros de digitação (uma terminação errada como `.con` é comum) e peça ao destinatário um endereço que funcione. Se o domínio deveria receber e-mails, o administrador dele precisa registrá-lo, se for o caso, publicar registros MX que apontem para um servidor de e-mail em funcionamento e remover qualquer MX nulo.",
        "A parte do endereço depois da arroba está errada ou não pode receber e-mails. Confira se o endereço foi digitado corretamente e envie a mensagem de novo.",
    ],
    // relay_denied
    [
        "Relay negado",
        "O servidor não é responsável pelo domínio do destinatário e não vai repassar a mensagem por você, geralmente porque você não fez login ou está enviando pelo servidor errado. A recusa costuma vir como `550` ou `554` com `5.7.1`, códigos que outras recusas por política também usam; por isso, quem decide é o texto.",
        "Um programa de e-mail ou uma aplicação deve enviar pelo servidor de submissão do seu próprio provedor (porta `587` ou `465`) e fazer login com `AUTH` antes. Se o servidor deveria aceitar o domínio do destinatário, o administrador do destinatário precisa incluí-lo entre os domínios aceitos pelo servidor ou corrigir os registros MX do domínio.",
        "O sistema de e-mail se recusou a repassar sua mensagem, geralmente porque seu programa de e-mail não fez login na sua conta de envio. Confira as configurações da conta e tente de novo.",
    ],
    // too_many_recipients
    [
        "Destinatários demais",
        "A mensagem tem mais destinatários do que o servidor aceita numa única transação. Os servidores recusam os comandos `RCPT TO` excedentes com `452` e `4.5.3`, ou de forma permanente com `5.5.3`; servidores antigos enviam `552`, que a RFC 5321 manda tratar como temporário nesse caso.",
        "Um cliente que segue o padrão entrega a mensagem aos destinatários já aceitos e envia os recusados numa nova transação. Se uma pessoa receber isso numa mensagem de devolução, ela deve dividir os destinatários em grupos menores ou usar uma lista de e-mail. Os administradores podem verificar os limites de destinatários configurados no servidor.",
        "A mensagem tinha destinatários demais para o sistema de e-mail de destino. Envie para menos pessoas de cada vez.",
    ],
    // sender_rejected
    [
        "Endereço do remetente recusado",
        "O servidor recusou o próprio endereço de remetente do envelope, informado no `MAIL FROM`: ele está malformado, o domínio dele não existe ou não pode receber respostas, ou este remetente não pode usá-lo. Códigos típicos são `553`, `501` com `5.1.7`, `550` com `5.1.8` e `5.7.27` para um domínio de remetente com MX nulo.",
        "Configure um endereço de remetente completo e real no programa, no dispositivo ou no script que envia, e não use domínios fictícios. Se o servidor disser que você não pode enviar com esse endereço, use o endereço da conta com a qual fez login. O administrador do remetente precisa garantir que o domínio exista e possa receber e-mails, inclusive mensagens de devolução.",
        "O endereço do qual você está enviando foi recusado. Confira o endereço de remetente nas configurações do seu e-mail ou peça ajuda ao administrador do seu e-mail.",
    ],
    // sender_auth_fail
    [
        "Falha na autenticação do remetente (SPF ou DKIM)",
        "O sistema de destino verificou se o domínio de envio autoriza esta mensagem, e a verificação SPF ou DKIM não passou. Existem códigos específicos (`5.7.23` e `5.7.24` para SPF, de `5.7.20` a `5.7.22` para DKIM, `5.7.26` para várias falhas), mas muitos servidores enviam `550 5.7.1`, que a RFC 7208 sugere para uma falha de SPF.",
        "O administrador do remetente deve listar todos os servidores de envio legítimos no registro SPF do domínio e fazer com que todos os e-mails de saída sejam assinados com DKIM, com a chave pública publicada no DNS. Uma mensagem de teste para uma caixa postal que você controla mostra os resultados no cabeçalho `Authentication-Results`. O encaminhamento quebra o SPF; quem encaminha precisa reescrever o `MAIL FROM`.",
        "O sistema de e-mail de destino não conseguiu confirmar que a mensagem veio mesmo do seu domínio de e-mail. O administrador do seu e-mail precisa corrigir as configurações do domínio.",
    ],
    // dmarc_fail
    [
        "Falha na verificação da política DMARC",
        "O domínio do cabeçalho `From` publica uma política DMARC que pede aos sistemas de destino que recusem os e-mails reprovados, e nem o SPF nem o DKIM passaram para um domínio alinhado com ele. A RFC 7489 mostra `550 5.7.1` como exemplo de resposta; `5.7.26` também aparece, e só o texto mostra que foi o DMARC.",
        "O administrador do remetente precisa fazer com que toda origem de e-mails do domínio passe no SPF ou no DKIM com um domínio alinhado: assinar com um domínio `d=` igual ao domínio do `From` ou que compartilhe com ele o domínio organizacional, e configurar os serviços de newsletter e de tickets para assinarem em nome dele. Os relatórios agregados do DMARC mostram quais origens falham. Listas de e-mail que alteram as mensagens quebram o DKIM.",
        "O sistema de e-mail de destino recusou a mensagem porque não conseguiu confirmar que ela veio do seu domínio de e-mail. O administrador do seu e-mail precisa corrigir as configurações do domínio.",
    ],
    // auth_required
    [
        "É preciso fazer login antes de enviar",
        "O servidor só aceita e-mails de clientes que fizeram login, e este cliente enviou `MAIL FROM` ou `RCPT TO` sem um `AUTH` bem-sucedido. A RFC 4954 prevê `530` com `5.7.0` para isso; alguns servidores respondem com uma recusa de relay no lugar.",
        "No programa de e-mail ou na aplicação, ative a autenticação do servidor de saída, com o nome de usuário e a senha da conta. Use a porta de submissão (`587` com `STARTTLS`, ou `465`) e envie `AUTH` depois do `EHLO` e antes do `MAIL FROM`; a resposta ao `EHLO` lista os mecanismos que o servidor oferece.",
        "Seu programa de e-mail precisa fazer login na sua conta de envio antes de conseguir enviar. Ative o login para o envio de e-mails nas configurações da conta.",
    ],
    // auth_failed
    [
        "Login recusado",
        "O cliente tentou fazer login com `AUTH`, e o servidor recusou: o nome de usuário ou a senha estão errados, o mecanismo não é permitido ou a conta não tem permissão para fazer login. Respostas típicas são `535` com `5.7.8`, `534` com `5.7.9` e `504` para um mecanismo desconhecido; `454` indica uma falha temporária do lado do servidor.",
        "Digite de novo o nome de usuário e a senha nas configurações do servidor de saída; muitos provedores esperam o endereço completo como nome de usuário, ou uma senha de app quando a verificação em duas etapas está ativada. Escolha um mecanismo da linha `AUTH` da resposta ao `EHLO`. Se os dados estiverem certos, o administrador da conta deve verificar se ela está bloqueada ou desativada.",
        "Não foi possível fazer login na sua conta de envio de e-mails. Confira o nome de usuário e a senha nas configurações do seu programa de e-mail.",
    ],
    // tls_required
    [
        "Criptografia exigida ou com falha",
        "O servidor exige uma conexão criptografada antes desta etapa, ou não foi possível estabelecê-la. As respostas incluem `530 5.7.0` antes do `STARTTLS`, `5.7.10` ou `5.7.11` para um mecanismo de login que exige criptografia, `454` quando o TLS não está disponível no momento e `5.7.30` para `REQUIRETLS`; uma política MTA-STS (RFC 8461) também pode impedir a entrega.",
        "Envie `STARTTLS` depois do `EHLO` ou, na submissão, conecte-se à porta `465` com TLS desde o início, e envie `EHLO` de novo depois que a conexão estiver criptografada. Se o handshake falhar, atualize a biblioteca TLS do cliente e verifique quais versões do protocolo os dois lados permitem. Se o certificado de um servidor estiver vencido ou não corresponder ao nome dele, o administrador precisa substituí-lo.",
        "Não foi possível enviar a mensagem por uma conexão segura. Ative a criptografia para o envio de e-mails no seu programa de e-mail ou peça ajuda ao seu provedor de e-mail.",
    ],
    // blocklisted
    [
        "O remetente está numa lista de bloqueio",
        "O endereço do servidor de envio ou o domínio do remetente está numa lista de bloqueio que o sistema de destino consulta, seja uma lista de bloqueio pública baseada em DNS, seja uma lista própria. A recusa costuma vir como `550` ou `554` com `5.7.1`, às vezes como uma saudação `554`; esses códigos também são usados para outras recusas, e o texto geralmente cita a lista.",
        "O administrador do remetente deve consultar o endereço na lista citada na resposta, encontrar a causa (uma conta invadida, uma máquina infectada, um relay aberto, envios para endereços desatualizados), eliminá-la e depois pedir a remoção pelo procedimento da própria lista. Em hospedagem compartilhada, isso cabe ao provedor, que também pode passar a enviar os e-mails por outro relay.",
        "Seu provedor de e-mail está numa lista de bloqueio usada pelo sistema de e-mail de destino; por isso, a mensagem foi recusada. Avise o administrador do seu e-mail ou o seu provedor.",
    ],
    // bad_reputation
    [
        "Reputação do remetente baixa demais",
        "O sistema de destino recusou ou adiou a mensagem por causa da reputação do servidor ou do domínio de envio, formada por reclamações, mensagens que caíram em armadilhas de spam (spam traps), mensagens devolvidas e mudanças bruscas de volume, sem citar nenhuma lista de bloqueio. As respostas vão de um `421` ou `450` temporário a um `550` ou `554` com `5.7.1`; por isso, quem decide é o texto.",
        "O administrador do remetente deve descobrir o que prejudicou a reputação: uma conta comprometida, envios para listas antigas ou compradas, falta de links para cancelar a inscrição ou um endereço novo que já começou com volume alto. É preciso acabar com isso, autenticar todos os e-mails e aumentar o volume aos poucos. Muitos grandes provedores de e-mail oferecem ferramentas para postmasters ou feedback loops que mostram a reputação que eles atribuem ao remetente.",
        "No momento, o sistema de e-mail de destino não confia nos e-mails do seu provedor. Avise o administrador do seu e-mail ou o seu provedor sobre essa falha.",
    ],
    // reverse_dns
    [
        "DNS reverso ausente ou divergente",
        "O endereço IP do servidor de envio não tem nome de DNS reverso (PTR), ou esse nome não resolve de volta para o mesmo endereço, e o sistema de destino recusa e-mails de hosts assim. O código específico é `5.7.25`, mas muitos servidores enviam `550 5.7.1`, ou um `450` temporário porque a consulta pode ter falhado só naquele momento.",
        "O administrador do remetente precisa pedir a quem controla o endereço IP, o provedor de hospedagem ou de internet, que configure um registro PTR com o nome do servidor, e publicar para esse nome um registro A ou AAAA que aponte de volta para o mesmo endereço. Usar o mesmo nome no `EHLO` também ajuda.",
        "O sistema de e-mail de destino recusou os e-mails enviados pelo seu provedor por causa de um problema de configuração do seu lado. Avise o administrador do seu e-mail.",
    ],
    // policy_block
    [
        "Recusado pela política do destino",
        "Uma regra local do sistema de destino recusou a mensagem, sem relação com spam, autenticação ou listas de bloqueio: por exemplo, um destinatário que só aceita certos remetentes, um país ou uma rede bloqueados, ou um grupo ou uma lista fechados. A recusa costuma vir como `550` ou `554` com `5.7.1`, ou como `5.7.2` no caso de uma lista de e-mail.",
        "Leia no texto da resposta qual regra foi aplicada. Só o destinatário ou o administrador dele pode mudar a regra ou incluir o remetente numa lista de permissões; então, entre em contato com eles por outro canal e cite a resposta completa. No caso de uma lista de e-mail, envie a partir do endereço inscrito.",
        "As regras da organização do destinatário não permitem receber mensagens suas. Entre em contato com o destinatário de outra forma e peça que ele libere suas mensagens.",
    ],
    // spam
    [
        "Mensagem considerada spam",
        "O filtro do sistema de destino examinou a mensagem e a classificou como spam com base no texto, nos links, nos anexos ou nos cabeçalhos, junto com a reputação do remetente. Os servidores costumam enviar `550` ou `554` com `5.7.1`, códigos também usados para outras recusas; por isso, o texto precisa falar em spam.",
        "O remetente deve ver o que pode incomodar um filtro: links para domínios de má reputação ou por encurtadores, uma mensagem feita quase só de imagens, assuntos enganosos ou envios em massa sem consentimento e sem link para cancelar a inscrição. O administrador do remetente deve garantir que SPF, DKIM e DMARC passem. Em caso de falso positivo, o destinatário pode pedir ao administrador dele que libere o remetente.",
        "O sistema de e-mail de destino tratou sua mensagem como spam. Mude o conteúdo, por exemplo removendo links ou anexos, ou entre em contato com o destinatário de outra forma.",
    ],
    // virus
    [
        "Malware ou anexo perigoso",
        "O antivírus do sistema de destino encontrou malware na mensagem, ou um anexo de um tipo que ele considera perigoso, como um programa ou um documento com macros. Não há código reservado para isso; os servidores usam `550` ou `554`, muitas vezes com `5.7.1`, e o texto diz o que foi encontrado.",
        "O remetente deve verificar o computador que enviou a mensagem com um software de segurança atualizado, já que o malware muitas vezes envia e-mails por conta própria. Um arquivo legítimo que foi bloqueado deve ser compartilhado por um link de download em vez de ir anexado. Se o antivírus errou, o administrador do destinatário pode relatar o erro ou abrir uma exceção.",
        "A mensagem foi recusada porque um anexo parecia perigoso. Verifique se há vírus no seu computador ou compartilhe o arquivo por um link de download.",
    ],
    // content_rejected
    [
        "Conteúdo ou formato da mensagem recusado",
        "Algo na forma da mensagem foi recusado: campos de cabeçalho ausentes, duplicados ou malformados, estrutura ou codificação MIME com defeito, linhas longas demais ou um tipo de anexo que o sistema de destino não aceita. Os servidores usam códigos `5.6.x` para problemas de conteúdo ou mídia, ou um `550` ou `554` genérico; por isso, quem decide é o texto.",
        "Os desenvolvedores devem fazer a mensagem seguir a RFC 5322 e o MIME: um único campo de cabeçalho `From` e um único `Date`, um `Message-ID`, linhas de no máximo 998 caracteres terminadas em CRLF e conteúdo de 8 bits codificado, a menos que o servidor ofereça `8BITMIME`. Quem receber esse erro deve remover o tipo de anexo citado na resposta ou compartilhar o arquivo por um link.",
        "O sistema de e-mail de destino não conseguiu aceitar a mensagem do jeito que ela está, muitas vezes por causa do tipo de um anexo. Remova ou substitua o anexo, ou envie uma mensagem só com texto.",
    ],
    // message_too_big
    [
        "Mensagem grande demais",
        "A mensagem é maior do que o sistema de destino aceita, seja para o sistema todo, seja para esta caixa postal. Os servidores enviam `552` com `5.3.4` para um limite do sistema ou com `5.2.3` para um limite da caixa postal; um servidor com suporte à extensão `SIZE` pode recusá-la já no `MAIL FROM`, antes de qualquer dado ser enviado.",
        "Reduza a mensagem: compartilhe arquivos grandes por um link de download, ou compacte-os ou divida-os, e lembre-se de que os anexos crescem cerca de um terço ao serem codificados para o envio. Um número depois de `SIZE` na resposta ao `EHLO` é o limite do servidor em bytes. Só o administrador do destinatário pode aumentar o limite.",
        "A mensagem é grande demais para o sistema de e-mail de destino. Remova os anexos grandes ou compartilhe-os por um link de download e depois envie a mensagem de novo.",
    ],
    // rate_limited
    [
        "Limite de envio atingido",
        "O remetente ultrapassou um limite de mensagens, conexões ou destinatários num período de tempo; por isso, o servidor recusou novos envios por enquanto. Os servidores de destino costumam responder com `421`, `450` ou `451`, muitas vezes com um código `4.7.x`; servidores de submissão podem recusar com `550` ou `554` quando uma cota diária de envio se esgota.",
        "Deixe o servidor de envio tentar de novo mais tarde, com pausas cada vez maiores, e reduza o número de conexões paralelas e de mensagens por conexão para esse destino. Distribua envios grandes ao longo do tempo. Se for uma cota da sua própria conta, espere até ela ser renovada ou peça ao provedor um limite maior.",
        "Muitas mensagens foram enviadas em pouco tempo; por isso, esta ficou retida. Aguarde um pouco e tente de novo.",
    ],
    // greylisted
    [
        "Greylisting: tente de novo mais tarde",
        "O sistema de destino recusou de propósito, por um tempo, a primeira tentativa de um remetente desconhecido, para ver se um servidor de e-mail de verdade volta a tentar, o que as ferramentas de spam muitas vezes não fazem. Ele responde `450` ou `451`, muitas vezes com `4.7.1` ou `4.2.0`, e aceita uma nova tentativa feita depois do tempo de espera.",
        "Não há nada a corrigir se o servidor de envio colocar a mensagem na fila e tentar de novo, como a RFC 5321 exige; o atraso costuma ir de alguns minutos a uma hora. Scripts e aplicações que enviam diretamente também precisam usar fila e novas tentativas, e as novas tentativas devem sair do mesmo endereço ou do mesmo grupo de endereços, já que um endereço novo faz a espera recomeçar.",
        "A mensagem está atrasada, mas não se perdeu. Em geral, a entrega acontece automaticamente em alguns minutos ou, no máximo, em uma hora.",
    ],
    // syntax
    [
        "Comando ou parâmetro não reconhecido",
        "Um comando enviado pelo cliente estava malformado, era desconhecido ou usava uma opção que o servidor não suporta; por isso, não foi executado. Os servidores informam isso com `500`, `501`, `502`, `504` ou `555`, muitas vezes com `5.5.1`, `5.5.2` ou `5.5.4`; um endereço malformado recebe `5.1.3` ou `5.1.7`.",
        "Corrija o programa que envia, não a mensagem: confira a grafia dos comandos, coloque os endereços entre os sinais < e > sem espaços e use só as extensões e os parâmetros que o servidor lista na resposta ao `EHLO`. O texto depois do código muitas vezes indica a parte com defeito. Enviar o mesmo comando de novo vai falhar do mesmo jeito.",
        "Seu programa de e-mail enviou um pedido que o sistema de e-mail de destino não entendeu. Confira se os endereços têm caracteres estranhos e atualize o programa se isso continuar acontecendo.",
    ],
    // bad_sequence
    [
        "Comandos fora de ordem",
        "O cliente enviou um comando válido num ponto da sessão em que ele não é permitido, como `RCPT TO` antes de `MAIL FROM` ou `DATA` sem nenhum destinatário aceito. Os servidores respondem `503`, geralmente com `5.5.1`.",
        "Veja as respostas logo antes dela: um `MAIL FROM` ou `RCPT TO` recusado muitas vezes causa o `503` seguinte, e essa resposta anterior mostra o motivo real. Caso contrário, corrija a ordem do cliente: `EHLO`, `AUTH` se necessário, `MAIL FROM`, `RCPT TO` e então `DATA`, com `RSET` para recomeçar.",
        "Seu programa de e-mail e o sistema de e-mail de destino perderam a sincronia. Tente enviar de novo e atualize o programa se isso continuar acontecendo.",
    ],
    // service_unavailable
    [
        "Servidor temporariamente indisponível",
        "O servidor respondeu, mas disse que não pode atender agora porque está sobrecarregado, em manutenção ou sendo desligado. Respostas típicas são `421`, que encerra a conexão, e `450` ou `451` com `4.3.2` ou `4.4.5`; o problema está nesse servidor, não na mensagem.",
        "Deixe o servidor de envio tentar de novo mais tarde, como ele faz sozinho depois de uma resposta temporária. Se um servidor recusar por horas, o administrador dele precisa verificar a carga, os serviços e o armazenamento. Um cliente que se reconecta imediatamente piora a sobrecarga; por isso, as novas tentativas devem esperar.",
        "O sistema de e-mail de destino está ocupado ou fora do ar no momento. Normalmente o envio é repetido automaticamente; se a mensagem voltar para você, envie-a de novo mais tarde.",
    ],
    // system_error
    [
        "Erro no servidor de destino",
        "Algo deu errado dentro do servidor que respondeu: um erro de configuração, armazenamento cheio ou uma consulta que falhou no DNS ou num diretório de usuários. As respostas incluem `451` com `4.3.0`, `452` com `4.3.1`, `4.3.5` e `4.4.3`, e às vezes um `554` ou `5.3.x` permanente; a mensagem em si geralmente não tem problema.",
        "O operador do servidor precisa encontrar a falha nos logs e corrigi-la: liberar espaço de armazenamento, corrigir a configuração ou reparar o DNS ou o serviço de diretório do qual o servidor depende. O remetente não pode fazer mais do que deixar as novas tentativas seguirem e, se o erro persistir, avisar o postmaster desse servidor, com a resposta completa e o horário dela.",
        "O sistema de e-mail de destino teve um problema técnico. Tente de novo mais tarde e, se continuar falhando, entre em contato com o destinatário de outra forma.",
    ],
    // network_error
    [
        "Falha na conexão",
        "A conexão com o servidor de e-mail não pôde ser feita ou caiu: foi recusada, expirou ou foi redefinida; por isso, pode não haver resposta nenhuma. Os servidores de envio registram isso com `4.4.1` quando não há resposta ou `4.4.2` quando a conexão é ruim, e continuam tentando.",
        "Confira o nome do host e a porta que o cliente usa, e se um firewall ou o provedor de rede bloqueia conexões de saída para a porta `25`, o que é comum em redes domésticas e na nuvem. No caso de um domínio remoto, verifique se os registros MX dele apontam para servidores que estejam funcionando e acessíveis. Enquanto isso, o servidor de envio tenta de novo sozinho.",
        "Sua mensagem não conseguiu chegar ao sistema de e-mail de destino por causa de um problema de conexão. Normalmente o envio é repetido automaticamente; se isso não acontecer, tente de novo mais tarde.",
    ],
    // loop_detected
    [
        "Loop de e-mail detectado",
        "A mensagem passou tantas vezes entre servidores que um deles a interrompeu, porque ela estava andando em círculos. Os servidores contam os campos de cabeçalho `Received` e informam `5.4.6`, muitas vezes com `554`, ou um texto sobre loop ou saltos demais; a causa são regras de encaminhamento e configurações de roteamento que apontam umas para as outras.",
        "Leia os campos de cabeçalho `Received` da mensagem devolvida para ver quais servidores se repetem. Os administradores desses sistemas precisam remover a regra de encaminhamento, o alias ou a configuração de roteamento que manda o e-mail de volta, ou corrigir um registro MX que aponte para o servidor errado. Enviar de novo antes disso vai gerar o mesmo loop.",
        "A mensagem ficou andando em círculos entre sistemas de e-mail e foi interrompida. Avise o destinatário de outra forma, porque as configurações de encaminhamento dele provavelmente precisam ser corrigidas.",
    ],
    // expired
    [
        "Tentativas de entrega esgotadas",
        "O servidor de envio continuou tentando entregar a mensagem depois de falhas temporárias e desistiu ao atingir o prazo limite, muitas vezes de vários dias. A mensagem de devolução pode trazer `5.4.7` ou só o último erro registrado; a causa real está nas tentativas anteriores que falharam.",
        "Procure na mensagem de devolução ou no log do servidor de envio os erros das tentativas anteriores, como um host inacessível ou uma caixa postal cheia, e peça ao responsável que corrija essa causa. Depois, envie a mensagem de novo, já que o servidor de envio parou de tentar.",
        "Não foi possível entregar sua mensagem, mesmo depois de várias tentativas ao longo de muito tempo. Confira o endereço e envie de novo mais tarde, ou entre em contato com o destinatário de outra forma.",
    ],
    // success
    [
        "Aceito",
        "O servidor executou o comando; depois do `.` final da mensagem, um `250` significa que ele aceitou a mensagem e assumiu a responsabilidade por entregá-la. Isso não garante que ela chegue à caixa de entrada: ela ainda pode ser devolvida mais tarde ou filtrada.",
        "Não há nada a corrigir. Se o destinatário disser que a mensagem nunca chegou, peça que ele olhe a pasta de spam, fique atento a uma possível mensagem de devolução e use o ID de fila ou o ID da mensagem que vem na resposta para rastreá-la nos logs do lado de destino.",
        "A mensagem foi aceita para entrega.",
    ],
    // intermediate
    [
        "Aguardando a próxima etapa",
        "O servidor aceitou o comando até aqui e aguarda mais dados do cliente, como o conteúdo da mensagem depois do `354` ou a próxima etapa do login depois do `334`. Ainda não houve falha, mas também ainda não houve entrega.",
        "O cliente deve enviar o que o servidor pediu: depois do `354`, a mensagem terminada por uma linha que contenha só `.`; depois do `334`, a próxima resposta do `AUTH`. Se uma sessão parar aqui, procure um cliente que nunca enviou o resto ou uma conexão que caiu durante o envio.",
        "A mensagem ainda está sendo enviada; até agora nada deu errado.",
    ],
    // unknown
    [
        "A resposta não deixa claro o motivo",
        "Nada na resposta aponta para um motivo específico: o código é genérico, como `550`, `554` ou `5.0.0`, e o texto não diz o que aconteceu. Só a classe do código é certa: `4xx` para uma falha temporária e `5xx` para uma permanente.",
        "Leia a resposta completa e o log do servidor de envio nesse ponto. Depois de uma resposta `4xx`, deixe o servidor de envio tentar de novo; depois de uma resposta `5xx`, não envie de novo sem mudanças. Se continuar sem explicação, escreva para o endereço postmaster do domínio de destino com a resposta completa, o horário e os endereços envolvidos.",
        "Não foi possível entregar a mensagem, e o motivo não está claro. Tente de novo mais tarde e, se continuar falhando, entre em contato com o destinatário de outra forma.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "O host MX não passou na validação MTA-STS",
        "O Exchange Online não fez a entrega porque o host MX que ele alcançou não está entre os listados na política MTA-STS do domínio do destinatário. É uma falha temporária; por isso, o Exchange Online continua tentando.",
        "O Exchange Online o envia quando o domínio de destino publica uma política MTA-STS cujas entradas `mx` não incluem o host indicado nos registros MX do domínio.",
        "O administrador do domínio do destinatário precisa deixar a política MTA-STS e os registros MX de acordo, incluindo o host MX na política ou corrigindo o registro MX. O remetente só pode esperar ou avisar o destinatário.",
    ],
    // 4.4.312 (microsoft)
    [
        "Falha na consulta DNS do destino",
        "O Exchange Online tentou consultar o host de destino, geralmente o smart host de um conector de saída, e a consulta DNS falhou. A mensagem continua na fila e é tentada de novo por até 24 horas.",
        "O Microsoft 365 o informa em entregas por conector quando a hospedagem DNS do domínio tem um problema, quando o domínio expirou ou quando uma mudança recente de MX ainda está em cache.",
        "O administrador do domínio de destino precisa corrigir o DNS dele com o provedor de hospedagem DNS ou renovar o domínio. Se o conector apontar para um serviço parceiro, cabe a esse parceiro fazer a correção.",
    ],
    // 4.4.315 (microsoft)
    [
        "Tempo esgotado na conexão com o destino",
        "O Exchange Online não conseguiu alcançar o servidor de e-mail de destino a tempo. A mensagem continua na fila e é tentada de novo por até 24 horas.",
        "O Microsoft 365 o informa quando um servidor local ou de um parceiro por trás de um conector está fora do ar, ou quando a configuração de smart host do conector aponta para o endereço IP errado.",
        "Verifique se o servidor de destino está funcionando e acessível na porta `25` e se o endereço de smart host do conector continua correto, por exemplo depois de uma troca de provedor de internet.",
    ],
    // 4.4.316 (microsoft)
    [
        "Conexão recusada pelo destino",
        "O Exchange Online tentou se conectar a um servidor de e-mail fora do Microsoft 365, e a conexão foi recusada; por isso, a mensagem continua na fila para novas tentativas.",
        "O Exchange Online o envia quando um firewall na frente do servidor de destino bloqueia os endereços do Microsoft 365, ou quando um servidor local por trás de um conector foi desligado.",
        "O administrador do destino precisa permitir conexões das faixas de IP do Microsoft 365 na porta `25`. Se o servidor local foi desativado de propósito, desative o conector e torne o domínio aceito autoritativo.",
    ],
    // 4.4.317 (microsoft)
    [
        "Não é possível conectar ao servidor remoto",
        "O Exchange Online alcançou o servidor de destino, mas ele respondeu com um erro imediato ou não atendeu aos requisitos da conexão, como o TLS exigido pelo conector.",
        "O Microsoft 365 o informa em entregas por conector quando o servidor remoto diz que não está disponível, ou quando o conector exige TLS e o servidor remoto não o oferece.",
        "O administrador do destino deve verificar as configurações de TLS e o certificado do servidor, além das configurações de TLS do conector no Microsoft 365. Um serviço parceiro por trás do conector precisa corrigir o próprio lado.",
    ],
    // 4.4.318 (microsoft)
    [
        "Conexão encerrada abruptamente",
        "A conexão entre o Exchange Online e o servidor de destino caiu durante a sessão; por isso, a mensagem é tentada de novo mais tarde.",
        "O Microsoft 365 o informa quando a inspeção SMTP de um firewall interfere, quando o servidor de destino trava ou fica sem recursos, ou quando a rede entre os dois falha.",
        "O administrador do destino deve desativar a inspeção SMTP com defeito no firewall, verificar o estado e os recursos do servidor de e-mail e mandar verificar o caminho de rede.",
    ],
    // 4.7.32 (google)
    [
        "Domínio do From não alinhado com SPF ou DKIM",
        "O Gmail está limitando o ritmo dos e-mails que você envia porque o domínio do cabeçalho `From` não corresponde nem ao domínio que passou no SPF nem ao domínio que assinou com DKIM. É o requisito de alinhamento do DMARC que o Gmail impõe aos remetentes em massa.",
        "O Gmail o envia como resposta temporária `421` a remetentes cujas mensagens passam na autenticação, mas para um domínio diferente daquele que o destinatário vê como autor.",
        "O administrador do remetente deve assinar os e-mails com um domínio DKIM `d=` que tenha o mesmo domínio organizacional do endereço `From`, ou enviar com um domínio de `MAIL FROM` que o tenha, e publicar um registro DMARC. Os serviços de envio costumam oferecer para isso um domínio personalizado de envio ou de assinatura.",
    ],
    // 4.7.320 (microsoft)
    [
        "Falha na validação do certificado",
        "O Exchange Online não conseguiu validar o certificado TLS do servidor de destino, por exemplo porque ele venceu ou indica outro host; por isso, mantém a mensagem na fila.",
        "O Microsoft 365 o informa em entregas por um conector que exige um certificado válido.",
        "O administrador do destino precisa instalar um certificado válido, ou as configurações de certificado do conector precisam ser corrigidas, para que as mensagens na fila possam sair.",
    ],
    // 4.7.321 (microsoft)
    [
        "O destino precisa ter suporte a TLS (DANE)",
        "O domínio de destino é protegido por DNSSEC e DANE, mas o servidor de e-mail dele não respondeu ao `STARTTLS` ou o handshake TLS falhou; por isso, o Exchange Online se recusou a enviar sem criptografia.",
        "O Exchange Online o envia como erro temporário com `starttls-not-supported` ao entregar para um domínio com registros DNSSEC válidos.",
        "O administrador do domínio do destinatário precisa fazer o servidor de e-mail oferecer `STARTTLS` e concluir o handshake.",
    ],
    // 4.7.322 (microsoft)
    [
        "Certificado do destino vencido (DANE)",
        "O servidor de destino protegido por DANE apresentou um certificado vencido; por isso, o Exchange Online não fez a entrega.",
        "O Exchange Online o envia como erro temporário com `certificate-expired` depois que as verificações DNSSEC passaram.",
        "O administrador do domínio do destinatário precisa renovar o certificado do servidor e atualizar os registros TLSA, se eles fixarem esse certificado.",
    ],
    // 4.7.323 (microsoft)
    [
        "O domínio não passou na validação DANE",
        "O certificado do destino não corresponde ao registro TLSA autêntico dele, ou o registro TLSA está errado; por isso, o Exchange Online não fez a entrega.",
        "O Exchange Online o envia como erro temporário com `tlsa-invalid` para um domínio de destino assinado com DNSSEC.",
        "O administrador do domínio do destinatário precisa publicar registros TLSA que correspondam ao certificado que o servidor de e-mail apresenta, principalmente depois de uma troca de certificado.",
    ],
    // 4.7.324 (microsoft)
    [
        "O destino retornou registros DNSSEC inválidos",
        "O domínio de destino se declara assinado com DNSSEC, mas o Exchange Online não conseguiu validar os registros dele; por isso, não fez a entrega.",
        "O Exchange Online o envia como erro temporário com `dnssec-invalid`.",
        "O administrador do domínio do destinatário precisa corrigir a assinatura DNSSEC da zona, por exemplo assinaturas vencidas ou um registro DS errado no domínio pai.",
    ],
    // 4.7.325 (microsoft)
    [
        "O certificado não corresponde ao nome do host (DANE)",
        "O certificado do servidor de destino protegido por DANE não indica nem o domínio nem o host MX; por isso, o Exchange Online não fez a entrega.",
        "O Exchange Online o envia como erro temporário com `certificate-host-mismatch`.",
        "O administrador do domínio do destinatário precisa instalar um certificado cujo nome comum (CN) ou nomes alternativos da entidade (SAN) incluam o nome do host MX.",
    ],
    // 4.7.500 (microsoft)
    [
        "Acesso negado, tente de novo mais tarde (limitação por IP)",
        "O Microsoft 365 limita temporariamente os e-mails do endereço IP que se conectou porque ele passou de repente a enviar muito mais do que antes ou é novo para a Microsoft; os textos trazem tokens `ASxxx`.",
        "O Exchange Online Protection o envia como `451` a servidores cujo padrão de envio mudou muito, como parte da sua limitação antispam.",
        "A restrição de um remetente legítimo é retirada depois de alguns dias de envio estável. Um cliente do Microsoft 365 que faz relay pela Microsoft ou que passa os e-mails de entrada por outro serviço deve configurar o conector correspondente, o que elimina a limitação.",
    ],
    // 4.7.850 (microsoft)
    [
        "Acesso negado, tente de novo mais tarde (IP suspeito)",
        "O Microsoft 365 viu atividade suspeita vinda do endereço IP de envio e o restringe por um tempo enquanto faz outras verificações.",
        "O Exchange Online o envia como recusa temporária enquanto avalia um endereço IP.",
        "Se o tráfego for legítimo, deixe o servidor de envio tentar de novo; segundo a Microsoft, a restrição é retirada em pouco tempo. Se o servidor realmente enviou spam, primeiro elimine a origem.",
    ],
    // 4.16.50 (yahoo)
    [
        "Adiado por causa de reclamações de usuários do Yahoo",
        "Código de diagnóstico próprio do Yahoo para um adiamento temporário: os e-mails do servidor de envio geraram muitas reclamações de usuários do Yahoo Mail.",
        "O Yahoo o envia com `421` e o texto \"temporarily deferred\", geralmente depois que destinatários marcaram como spam e-mails anteriores vindos do mesmo endereço IP.",
        "Deixe a fila tentar de novo mais tarde. O administrador do remetente deve rever o que o servidor envia aos usuários do Yahoo, e para quem, e interromper os e-mails que os destinatários não pediram. Quem não administra o servidor deve repassar o erro completo ao administrador dele.",
    ],
    // 4.16.55 (yahoo)
    [
        "Adiado por volume inesperado ou reclamações de usuários",
        "Código de diagnóstico próprio do Yahoo que acompanha os adiamentos `[TS01]` e `[TSS04]`: o Yahoo reduziu o ritmo dos e-mails deste endereço IP por causa do volume ou de reclamações de usuários do Yahoo.",
        "O Yahoo o envia em respostas `421`, muitas vezes como `4.16.55.1`, quando um endereço IP envia tráfego incomum ou e-mails que os destinatários denunciam como spam.",
        "O servidor de envio pode tentar de novo mais tarde. O administrador do remetente deve encontrar a origem dos e-mails que causaram as reclamações (uma conta comprometida, um envio indesejado), eliminá-la e só aumentar o volume para o Yahoo aos poucos.",
    ],
    // 5.0.350 (microsoft)
    [
        "Recusa genérica da organização do destinatário",
        "O Exchange Online usa este código genérico para muitas recusas do lado do destinatário; o texto indica a causa, como `x-dg-ref header is too long` ou `policy violation detected (AS345)`.",
        "O texto `x-dg-ref` aparece com mensagens formatadas em Rich Text, e o texto `AS345`, com anexos aninhados.",
        "Leia o texto depois do código. No caso de `x-dg-ref`, envie a mensagem como HTML ou texto simples; no caso de `AS345`, não anexe mensagens que tenham os próprios anexos.",
    ],
    // 5.1.20 (microsoft)
    [
        "Vários endereços From sem endereço Sender",
        "A mensagem tem mais de um endereço no campo de cabeçalho `From` e nenhum campo `Sender`, que a RFC 5322 exige nesse caso; por isso, o Exchange Online a recusou.",
        "O Exchange Online o envia para mensagens montadas com vários endereços `From`, geralmente por scripts ou programas de e-mail incomuns.",
        "Envie com um único endereço `From` ou adicione um campo de cabeçalho `Sender` com exatamente um endereço.",
    ],
    // 5.1.90 (microsoft)
    [
        "Limite diário de destinatários atingido",
        "O remetente do Microsoft 365 enviou, num só dia, para mais destinatários do que os limites de envio do Exchange Online permitem.",
        "O Exchange Online o envia aos próprios usuários que passam do limite diário de destinatários; também pode indicar que a conta foi comprometida e está enviando spam.",
        "Espere o limite ser renovado e distribua os envios grandes ao longo do tempo, ou use um serviço de e-mail em massa. O administrador deve verificar se a conta mostra sinais de comprometimento.",
    ],
    // 5.1.351 (microsoft)
    [
        "O servidor remoto informou destinatário desconhecido ou caixa postal indisponível",
        "O Exchange Online repassa uma recusa do servidor seguinte: esse servidor disse que o destinatário é desconhecido ou que a caixa postal dele está indisponível. A resposta do próprio servidor remoto vem depois de `->`.",
        "O Exchange Online o coloca nas mensagens de devolução quando o servidor de destino recusou o destinatário, com um texto como `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Confira se o endereço do destinatário tem erros de digitação e peça o endereço correto à pessoa. A resposta remota depois de `->` mostra o que o servidor de destino disse.",
    ],
    // 5.2.121 (microsoft)
    [
        "Limite por hora do destinatário para este remetente excedido",
        "O remetente enviou a um destinatário do Exchange Online, em uma hora, mais mensagens do que esse destinatário aceita de um único remetente.",
        "O Exchange Online o envia a remetentes automáticos e sistemas de notificação que inundam uma caixa postal.",
        "Tente de novo mais tarde e envie menos mensagens por hora a esse destinatário, por exemplo agrupando as notificações.",
    ],
    // 5.2.122 (microsoft)
    [
        "Limite de recebimento por hora do destinatário excedido",
        "O destinatário do Exchange Online recebeu, em uma hora, mais mensagens do que o permitido, somando todos os remetentes.",
        "O Exchange Online o envia quando uma caixa postal é inundada por tempestades de e-mails ou por muitos remetentes automáticos.",
        "Tente de novo mais tarde. Se a causa forem e-mails automáticos, reduza a frequência de envio; o destinatário talvez precise descobrir quem está inundando a caixa postal.",
    ],
    // 5.3.190 (microsoft)
    [
        "Registro em diário para o Microsoft 365 não suportado",
        "Uma regra local de registro em diário (journaling) envia relatórios de diário para o Microsoft 365, mas a organização não ativou o Journaling Archive; por isso, o Exchange Online os recusa.",
        "O Exchange Online o envia a organizações que fazem o registro em diário dos e-mails locais no Microsoft 365.",
        "O administrador do Microsoft 365 da organização precisa ativar o Journaling Archive ou apontar a regra de registro em diário para outro destino.",
    ],
    // 5.4.8 (microsoft)
    [
        "O host MX não passou na validação MTA-STS (permanente)",
        "O Exchange Online desistiu da entrega porque o host MX do domínio do destinatário não é permitido pela política MTA-STS desse domínio.",
        "O Exchange Online o envia como falha final quando a política MTA-STS de um domínio não inclui o host MX encontrado no DNS.",
        "O administrador do domínio do destinatário precisa incluir o host MX na política MTA-STS ou corrigir o registro MX; depois, o remetente pode enviar a mensagem de novo.",
    ],
    // 5.4.14 (microsoft)
    [
        "Limite de saltos excedido, possível loop de e-mail",
        "O Exchange Online parou a mensagem porque ela foi roteada vezes demais; este é o código próprio do Exchange Online para um loop de e-mail, enquanto o Exchange local usa `5.4.6`.",
        "O Exchange Online o envia quando um domínio aceito está configurado de forma errada ou, em ambientes híbridos, quando conectores mandam os e-mails de um lado para o outro; o texto muitas vezes termina com `ATTR34`.",
        "O administrador da organização do destinatário deve verificar se o domínio é um domínio aceito autoritativo e se os conectores híbridos encaminham para o smart host certo; executar de novo o Hybrid Configuration Wizard muitas vezes resolve.",
    ],
    // 5.4.300 (microsoft)
    [
        "Mensagem expirada",
        "O Exchange Online não conseguiu entregar a mensagem no prazo permitido, porque o destino nunca respondeu ou porque uma mensagem de devolução sobre ela também não pôde ser entregue.",
        "O Exchange Online o envia como falha final depois que se esgotam as novas tentativas para uma mensagem.",
        "Veja os erros anteriores para esse destino para descobrir por que a entrega continuou falhando, providencie a correção e envie a mensagem de novo.",
    ],
    // 5.4.312 (microsoft)
    [
        "Mensagem expirada após falhas na consulta DNS",
        "O Exchange Online parou de tentar porque todas as tentativas de consultar o destino no DNS falharam até acabar o tempo da mensagem na fila.",
        "O Exchange Online o coloca na mensagem de devolução depois de adiamentos anteriores com `4.4.312`, com o texto `Message expired, DNS query failed`.",
        "O administrador do domínio do destinatário precisa corrigir o DNS do domínio ou renová-lo. Depois disso, o remetente precisa enviar a mensagem de novo.",
    ],
    // 5.4.316 (microsoft)
    [
        "Mensagem expirada após conexões recusadas",
        "O Exchange Online parou de tentar porque o servidor de destino continuou recusando as conexões até acabar o tempo da mensagem na fila.",
        "O Exchange Online o coloca na mensagem de devolução depois de adiamentos anteriores com `4.4.316`, com o texto `Message expired, connection refused`.",
        "O administrador do destino precisa fazer o servidor aceitar conexões do Microsoft 365 na porta `25`. Depois, o remetente precisa enviar a mensagem de novo.",
    ],
    // 5.4.318 (microsoft)
    [
        "Mensagem expirada após conexões interrompidas",
        "O Exchange Online parou de tentar porque as conexões dele com o destino continuaram sendo interrompidas (reset), o que ele marca como `SuspiciousRemoteServerError`.",
        "O Exchange Online o coloca na mensagem de devolução depois de repetidos adiamentos com `4.4.318` para o mesmo destino.",
        "O administrador do destino precisa descobrir o que interrompe as sessões, muitas vezes um firewall que inspeciona o SMTP. Depois, o remetente precisa enviar a mensagem de novo.",
    ],
    // 5.6.11 (microsoft)
    [
        "Caracteres inválidos (LF isolados)",
        "A mensagem contém caracteres de avanço de linha isolados, ou seja, finais de linha sem retorno de carro, que o Exchange Online não aceita.",
        "O Exchange Online o envia quando um programa de e-mail ou um script grava linhas terminadas em `LF` em vez de `CRLF`.",
        "Corrija o programa que envia para que toda linha termine com `CRLF`, ou envie por um servidor que converta os finais de linha.",
    ],
    // 5.7.57 (microsoft)
    [
        "Cliente não autenticado para enviar e-mails anônimos",
        "Uma aplicação ou um dispositivo enviou e-mails para `smtp.office365.com` sem fazer login, e o Exchange Online recusou o `MAIL FROM`.",
        "O Exchange Online o envia a impressoras, scanners e aplicações configurados para fazer relay pelo Microsoft 365 cujo login ou configuração TLS está errado.",
        "Configure o dispositivo com as credenciais de um usuário que tenha uma caixa postal do Exchange Online e garanta que ele use `STARTTLS`, já que o login exige TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, acesso de relay negado",
        "O Exchange Online não conseguiu associar os e-mails vindos dos servidores da própria organização a um conector de entrada; por isso, recusou o relay.",
        "O Exchange Online o envia depois de alguma mudança no ambiente local, como o endereço IP do servidor de envio ou o nome no certificado dele, que deixou de corresponder ao conector de entrada.",
        "O administrador precisa atualizar o conector de entrada com os endereços IP atuais ou o nome de certificado atual do servidor local.",
    ],
    // 5.7.124 (microsoft)
    [
        "Remetente fora da lista de remetentes permitidos",
        "O destinatário é um grupo de distribuição que só aceita e-mails de remetentes listados, e o remetente não está na lista.",
        "O Exchange Online o envia para grupos com restrições de entrega; até o dono do grupo pode precisar estar na lista.",
        "Peça ao dono do grupo ou ao administrador do destinatário que inclua o remetente entre os remetentes permitidos do grupo ou que remova a restrição.",
    ],
    // 5.7.133 (microsoft)
    [
        "Remetente não autenticado para o grupo",
        "O destinatário é um grupo que recusa e-mails de fora da sua organização, e o remetente é externo.",
        "O Exchange Online o envia quando remetentes externos escrevem para um grupo de distribuição que exige remetentes autenticados.",
        "O dono do grupo ou o administrador do destinatário precisa permitir remetentes externos no grupo.",
    ],
    // 5.7.134 (microsoft)
    [
        "Remetente não autenticado para a caixa postal",
        "A caixa postal do destinatário está configurada para recusar e-mails de fora da sua organização, e o remetente é externo.",
        "O Exchange Online o envia para caixas postais com a configuração que exige remetentes autenticados.",
        "Só o administrador da organização do destinatário pode mudar as restrições de entrega da caixa postal.",
    ],
    // 5.7.135 (microsoft)
    [
        "Remetente não autenticado para a pasta pública",
        "O destinatário é uma pasta pública habilitada para e-mail que recusa e-mails de fora da sua organização.",
        "O Exchange Online o envia quando remetentes externos escrevem para uma pasta pública que exige remetentes autenticados.",
        "O administrador da organização do destinatário precisa permitir que a pasta pública aceite e-mails de todos os remetentes.",
    ],
    // 5.7.136 (microsoft)
    [
        "Remetente não autenticado para o usuário de e-mail",
        "O destinatário é um usuário de e-mail (mail user) configurado para recusar e-mails de fora da sua organização.",
        "O Exchange Online o envia quando um remetente externo escreve para um usuário de e-mail com a configuração que exige remetentes autenticados.",
        "Só o administrador da organização do destinatário pode mudar essa configuração.",
    ],
    // 5.7.193 (microsoft)
    [
        "O grupo do Microsoft 365 não aceita remetentes externos",
        "O destinatário é um grupo do Microsoft 365 que só aceita e-mails dos seus membros ou de dentro da sua organização.",
        "O Exchange Online o envia com `UnifiedGroupAgent` quando um remetente externo escreve para um grupo assim.",
        "O dono do grupo ou o administrador do destinatário precisa permitir que pessoas de fora da organização enviem e-mails ao grupo.",
    ],
    // 5.7.321 (microsoft)
    [
        "O destino precisa ter suporte a TLS (DANE, permanente)",
        "O Exchange Online desistiu porque o servidor de destino protegido por DANE não ofereceu `STARTTLS` ou o handshake falhou.",
        "O Exchange Online o envia como erro permanente com `starttls-not-supported`.",
        "O administrador do domínio do destinatário precisa ativar o TLS no servidor de e-mail; depois disso, o remetente pode enviar de novo.",
    ],
    // 5.7.322 (microsoft)
    [
        "Certificado do destino vencido (DANE, permanente)",
        "O Exchange Online desistiu porque o servidor de destino protegido por DANE continuou apresentando um certificado vencido.",
        "O Exchange Online o envia como erro permanente com `certificate-expired`.",
        "O administrador do domínio do destinatário precisa renovar o certificado; depois disso, o remetente pode enviar de novo.",
    ],
    // 5.7.323 (microsoft)
    [
        "O domínio não passou na validação DANE (permanente)",
        "O Exchange Online desistiu porque o certificado do destino continuou falhando na validação com os registros TLSA dele.",
        "O Exchange Online o envia como erro permanente com `tlsa-invalid`.",
        "O administrador do domínio do destinatário precisa corrigir os registros TLSA ou o certificado; depois disso, o remetente pode enviar de novo.",
    ],
    // 5.7.324 (microsoft)
    [
        "O destino retornou registros DNSSEC inválidos (permanente)",
        "O Exchange Online desistiu porque os registros DNSSEC do domínio de destino continuaram falhando na validação.",
        "O Exchange Online o envia como erro permanente com `dnssec-invalid`.",
        "O administrador do domínio do destinatário precisa consertar a assinatura DNSSEC da zona; depois disso, o remetente pode enviar de novo.",
    ],
    // 5.7.325 (microsoft)
    [
        "O certificado não corresponde ao nome do host (DANE, permanente)",
        "O Exchange Online desistiu porque o certificado do servidor de destino não correspondia ao nome do host MX.",
        "O Exchange Online o envia como erro permanente com `certificate-host-mismatch`.",
        "O administrador do domínio do destinatário precisa substituir o certificado por um que indique o host MX; depois disso, o remetente pode enviar de novo.",
    ],
    // 5.7.367 (microsoft)
    [
        "O servidor remoto informou que o relay não é permitido",
        "O Microsoft 365 encaminhou ou repassou uma mensagem a partir do seu pool de relay, e o gateway seguinte a recusou como tentativa de relay. A Microsoft usa esse pool quando a mensagem falhou no SPF ou no DKIM ao chegar.",
        "O Exchange Online o envia para e-mails encaminhados ou repassados, na maioria das vezes quando um gateway de terceiros fica na frente ou atrás do Microsoft 365.",
        "O administrador do Microsoft 365 deve fazer a autenticação passar na chegada, por exemplo com o Enhanced Filtering for Connectors, e incluir como domínios aceitos os domínios que controla. Menos saltos de encaminhamento ajudam.",
    ],
    // 5.7.501 (microsoft)
    [
        "Acesso negado, abuso de spam detectado",
        "O Microsoft 365 baniu a conta que envia porque ela enviou spam.",
        "O Exchange Online o envia aos próprios usuários cuja conta foi usada para spam, geralmente depois de ser comprometida.",
        "O administrador precisa proteger a conta e redefinir as credenciais dela e, depois, pedir ao suporte da Microsoft que restaure a capacidade de envio da conta.",
    ],
    // 5.7.502 (microsoft)
    [
        "Acesso negado, remetente banido",
        "O Microsoft 365 baniu a conta que envia depois de detectar spam vindo dela.",
        "O Exchange Online o envia a contas bloqueadas por spam.",
        "O administrador precisa resolver os problemas da conta, redefinir as credenciais dela e entrar em contato com o suporte da Microsoft para retirar o banimento.",
    ],
    // 5.7.503 (microsoft)
    [
        "Acesso negado, remetente banido",
        "O Microsoft 365 baniu a conta que envia depois de detectar spam vindo dela.",
        "O Exchange Online o envia a contas bloqueadas por spam.",
        "O administrador precisa resolver os problemas da conta, redefinir as credenciais dela e entrar em contato com o suporte da Microsoft para retirar o banimento.",
    ],
    // 5.7.504 (microsoft)
    [
        "Endereço do destinatário recusado, acesso negado",
        "O endereço do destinatário não é válido na organização do Microsoft 365 que recebe a mensagem.",
        "O Exchange Online Protection o envia com o texto `Recipient address rejected: Access denied`.",
        "Confira o endereço do destinatário e envie de novo; se continuar falhando, peça o endereço correto ao destinatário.",
    ],
    // 5.7.505 (microsoft)
    [
        "Acesso negado, destinatário banido",
        "O Microsoft 365 trata o endereço do destinatário como inválido e recusa e-mails para ele.",
        "O Exchange Online Protection o envia para destinatários que ele baniu.",
        "Confira o endereço e entre em contato com o destinatário por outro canal; se isso parecer um erro, o administrador do destinatário pode consultar o suporte da Microsoft.",
    ],
    // 5.7.506 (microsoft)
    [
        "Acesso negado, HELO inválido",
        "O servidor de envio se apresentou no `HELO` ou `EHLO` com o nome do servidor ao qual se conecta, em vez do próprio nome, o que a Microsoft trata como comportamento de spambot.",
        "O Exchange Online Protection o envia no início de uma sessão com um cliente mal configurado ou malicioso.",
        "Configure o servidor de envio para usar o próprio nome de host completo (FQDN) no `EHLO`.",
    ],
    // 5.7.507 (microsoft)
    [
        "Acesso negado, recusado pelo destinatário",
        "A organização do destinatário bloqueou o endereço IP de onde a mensagem veio.",
        "O Exchange Online Protection o envia quando o locatário (tenant) que recebe bloqueou o servidor de envio.",
        "Entre em contato com o destinatário por outro canal e peça que o administrador dele retire o bloqueio.",
    ],
    // 5.7.508 (microsoft)
    [
        "Acesso negado, limites permitidos excedidos para a faixa IPv6",
        "A faixa IPv6 do remetente enviou mensagens demais em pouco tempo.",
        "O Exchange Online Protection o envia a remetentes que usam IPv6 e passam da taxa permitida por faixa.",
        "Reduza o ritmo de envio a partir dessa faixa e deixe a fila tentar de novo mais tarde.",
    ],
    // 5.7.509 (microsoft)
    [
        "Acesso negado, o domínio de envio não passa no DMARC",
        "O domínio do cabeçalho `From` falhou no DMARC e publica uma política de rejeição; por isso, a Microsoft recusou a mensagem.",
        "O Exchange Online e o Outlook.com o enviam quando nem o SPF nem o DKIM passam alinhados com o domínio do `From` e a política dele é `p=reject`; o encaminhamento pode causar isso.",
        "O administrador do remetente precisa corrigir o SPF, a assinatura DKIM e o alinhamento do domínio; os relatórios DMARC e os cabeçalhos que vêm na mensagem de devolução mostram qual verificação falhou.",
    ],
    // 5.7.510 (microsoft)
    [
        "O destinatário não aceita e-mails por IPv6",
        "A mensagem chegou por IPv6, mas o domínio do destinatário só aceita e-mails por IPv4.",
        "O Exchange Online Protection o envia a remetentes IPv6 para domínios que não ativaram o recebimento de e-mails por IPv6.",
        "Envie para esse domínio por IPv4, por exemplo configurando o servidor de envio para preferir IPv4 para os hosts MX do domínio.",
    ],
    // 5.7.511 (microsoft)
    [
        "Acesso negado, IP do remetente banido",
        "O Microsoft 365 baniu o endereço IP de onde a mensagem veio.",
        "O Exchange Online Protection o envia a servidores que estão na lista de bloqueio dele.",
        "Elimine a causa do banimento e depois peça a remoção da lista por e-mail à Microsoft, com o erro completo e o endereço IP, ou use o portal de remoção (delist portal).",
    ],
    // 5.7.512 (microsoft)
    [
        "A mensagem precisa seguir a seção 3.6.2 da RFC 5322",
        "A mensagem não tem um endereço válido no campo de cabeçalho `From`; por isso, o Microsoft 365 a recusou.",
        "O Exchange Online o envia para mensagens cujo campo `From` está ausente, vazio ou malformado, por exemplo sem os sinais < e > em volta do endereço.",
        "Corrija o programa que envia para que toda mensagem tenha um campo `From` com um endereço bem formado.",
    ],
    // 5.7.513 (microsoft)
    [
        "Host do cliente bloqueado pela lista de bloqueio personalizada do destinatário",
        "A organização que recebe a mensagem colocou o endereço IP de envio na própria lista de bloqueio no Microsoft 365; o texto termina com `AS16012607`.",
        "O Exchange Online Protection o envia quando o IP que se conecta está na lista de bloqueio personalizada do locatário (tenant) do destinatário.",
        "Só a organização que recebe a mensagem pode remover a entrada. Entre em contato diretamente com ela e peça que desbloqueie o endereço IP.",
    ],
    // 5.7.515 (outlook_com)
    [
        "O domínio de envio não atinge o nível de autenticação exigido",
        "O Outlook.com recusou a mensagem porque o domínio do cabeçalho `From` não atende à autenticação que a Microsoft exige de remetentes de alto volume para os seus serviços de e-mail para consumidores.",
        "O Outlook.com, o Hotmail, o Live.com e o MSN o enviam a domínios que mandam 5.000 mensagens ou mais para eles sem SPF e DKIM aprovados ou sem um registro DMARC com aprovação alinhada.",
        "O administrador do remetente precisa publicar SPF e DKIM de forma que ambos passem, publicar um registro DMARC (no mínimo `p=none`) e alinhar o SPF ou o DKIM com o domínio do `From`. Depois, envie de novo.",
    ],
    // 5.7.606 (microsoft)
    [
        "Acesso negado, IP de envio banido",
        "O Microsoft 365 baniu o endereço IP de onde a mensagem veio por causa da reputação dele.",
        "O Exchange Online Protection o envia a servidores cujo IP está na lista de bloqueio dele, por exemplo depois de um comprometimento ou de tráfego malicioso.",
        "Elimine a causa e siga boas práticas de envio; depois, peça a remoção do endereço IP pelo portal de autoatendimento de remoção da Microsoft.",
    ],
    // 5.7.703 (microsoft)
    [
        "Destinatário bloqueado pela Tenant Allow/Block List",
        "Alguém da organização enviou para um endereço ou domínio que a própria organização bloqueia na Tenant Allow/Block List, e a mensagem inteira foi barrada.",
        "O Exchange Online o envia a remetentes internos; um único destinatário bloqueado barra a mensagem para todos os destinatários.",
        "Remova o destinatário bloqueado e envie de novo, ou peça ao administrador que altere a entrada de bloqueio.",
    ],
    // 5.7.705 (microsoft)
    [
        "Acesso negado, o locatário (tenant) excedeu o limite",
        "O Microsoft 365 bloqueou os e-mails de saída de toda a organização porque uma parte grande demais do tráfego dela era spam ou e-mail em massa.",
        "O Exchange Online o envia depois que servidores ou contas de administrador comprometidos enviaram spam e, raramente, depois que uma assinatura foi renovada com atraso.",
        "O administrador precisa encontrar e eliminar a origem com os relatórios de fluxo de e-mails e o rastreamento de mensagens e, depois, explicar a causa ao suporte da Microsoft para retirar o bloqueio.",
    ],
    // 5.7.708 (microsoft)
    [
        "Acesso negado, tráfego deste IP não aceito",
        "O Microsoft 365 não envia e-mails a partir dos endereços IP de baixa reputação normalmente atribuídos a locatários (tenants) novos.",
        "O Exchange Online o envia a locatários novos ou de avaliação, ou a locatários cujo tráfego pareceu suspeito.",
        "O administrador deve resolver qualquer comprometimento ou relay aberto e depois entrar em contato com o suporte da Microsoft; locatários de avaliação podem pedir uma exceção até comprarem licenças.",
    ],
    // 5.7.750 (microsoft)
    [
        "Cliente impedido de enviar de domínios não registrados",
        "A organização enviou muitas mensagens de domínios que não foram adicionados e verificados no Microsoft 365, e a Microsoft as bloqueou.",
        "O Exchange Online o envia quando os e-mails de domínios não provisionados, muitas vezes enviados por conectores, passam do que a Microsoft tolera.",
        "Adicione e verifique cada domínio de envio como domínio aceito, ou use um conector baseado em certificado; verifique também se há conectores desconhecidos criados por invasores.",
    ],
    // 5.7.800 (microsoft)
    [
        "Acesso negado, domínio do remetente banido",
        "O Microsoft 365 baniu o domínio usado no `EHLO`, no `MAIL FROM` ou no `From` por causa de spam enviado com ele.",
        "O Exchange Online o envia para mensagens cujo domínio do remetente está na lista de banimento dele.",
        "Elimine o spam vindo desse domínio e depois entre em contato com o suporte da Microsoft para restaurar a capacidade de envio do domínio.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Recusada por uma regra de fluxo de e-mails",
        "Uma regra de fluxo de e-mails (regra de transporte) do servidor Exchange recusou a mensagem. O Exchange só usa um código desta faixa quando a ação de rejeição da regra recebeu um; caso contrário, a mesma recusa vem como `5.7.1`.",
        "O Exchange o envia numa mensagem de devolução quando uma mensagem corresponde a uma regra do administrador que a rejeita, por exemplo uma regra contra certos remetentes, palavras ou anexos.",
        "O remetente não consegue mudar o resultado enviando de novo. Pergunte ao administrador do Exchange do destinatário qual regra recusou a mensagem; o texto depois do código é o que foi configurado na regra.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "O Amazon SES descarta a mensagem recusada dessa forma em vez de colocá-la na fila; por isso, a aplicação que envia precisa tentar de novo por conta própria, esperando cada vez mais antes de cada nova tentativa.",
    // amazon_ses.daily_quota
    "A conta esgotou o número de mensagens que o Amazon SES permite enviar em 24 horas; o envio volta a funcionar quando a janela de 24 horas avança ou depois que a cota é aumentada no console do SES.",
    // amazon_ses.identity_not_verified
    "O Amazon SES compara os endereços From, Source, Sender e Return-Path com as identidades verificadas na mesma região da AWS; enquanto a conta estiver no sandbox, todos os destinatários também precisam ser verificados.",
    // amazon_ses.credentials_invalid
    "O Amazon SES espera credenciais SMTP próprias, que não são as mesmas chaves de acesso da AWS da conta; crie credenciais SMTP no console do SES e use-as.",
    // amazon_ses.account_not_subscribed
    "A conta da AWS a que pertencem estas credenciais SMTP não está cadastrada no Amazon SES.",
    // amazon_ses.iam_not_authorized
    "O login funcionou, mas a política do IAM ou a política de autorização de envio do usuário por trás das credenciais SMTP não permite enviar pelo endpoint SMTP do SES.",
    // amazon_ses.sending_paused
    "O Amazon SES pausou o envio de toda a conta da AWS, geralmente depois de analisar as taxas de devolução ou de reclamação dela, e enviou um aviso sobre isso ao endereço de e-mail da conta da AWS.",
    // amazon_ses.message_too_long
    "A interface SMTP do SES recusa mensagens maiores do que o tamanho máximo que o Amazon SES documenta para a conta; reduza ou remova os anexos.",
    // amazon_ses.timeout_waiting_for_data
    "Passou tempo demais entre os comandos do cliente; por isso, o servidor SMTP do SES encerrou a conexão.",
    // amazon_ses.temporary_auth_failure
    "O próprio Amazon SES teve um problema ao verificar as credenciais SMTP; espere um pouco e tente de novo antes de mudar qualquer coisa.",
    // amazon_ses.global_suppression
    "O Amazon SES nem tentou o endereço porque ele está na lista de supressão do SES depois de devoluções permanentes recentes; remova-o das suas listas em vez de enviar de novo.",
    // apple.spamhaus_dbl
    "Aqui é um domínio dentro da mensagem, como o de um link, que está na lista de bloqueio de domínios da Spamhaus, e não o endereço IP de envio.",
    // apple.proofpoint_blocklist
    "A Apple recusou o IP de envio por causa da lista de bloqueio da Proofpoint; o link na resposta leva à consulta do endereço nessa lista.",
    // barracuda.blocked_using_barracuda_reputation
    "O endereço IP citado por um equipamento Barracuda pode vir de um campo de cabeçalho `Received`, e não do servidor que se conectou; por isso, confira a qual endereço ele se refere antes de pedir a remoção.",
    // barracuda.reputation_lookup_link
    "O link leva à consulta do Barracuda Central para o endereço IP de envio, onde é possível pedir a remoção depois que a causa do spam for corrigida.",
    // barracuda.ess_permanent_failure_blocked
    "O serviço Barracuda do destinatário recusou a mensagem por uma de suas políticas, como um bloqueio de remetente, um filtro de conteúdo ou uma verificação de reputação. Só o administrador do destinatário pode ver o motivo no log de mensagens do Barracuda.",
    // cisco.poor_reputation
    "O endereço IP de envio tem uma pontuação de reputação ruim no SenderBase (Talos); por isso, a tabela de acesso de hosts do equipamento o coloca no grupo de remetentes bloqueados. O administrador do destinatário pode incluir o remetente num grupo de remetentes permitidos.",
    // comcast.es000001
    "A Comcast não aceita e-mails enviados diretamente dos seus próprios endereços residenciais; os clientes dela precisam enviar por `smtp.comcast.net`, e o bloqueio não pode ser retirado.",
    // comcast.es000010
    "A Comcast trata o endereço de envio como dinâmico ou residencial, geralmente porque o nome de DNS reverso dele não segue o padrão de nomes de um endereço fixo.",
    // comcast.bl000001
    "O endereço de envio está na lista Spamhaus ZEN; a remoção é feita pela Spamhaus.",
    // comcast.bl000010
    "O endereço de envio está listado pelo Cloudmark CSI; a remoção é feita pela Cloudmark.",
    // comcast.bl000011
    "O endereço de envio está na lista Spamhaus ZEN e também é listado pelo Cloudmark CSI.",
    // comcast.bl000100
    "O endereço de envio está na lista de bloqueio SenderScore.",
    // comcast.bl000101
    "O endereço de envio está nas listas de bloqueio Spamhaus ZEN e SenderScore.",
    // comcast.bl000110
    "O endereço de envio está na lista de bloqueio SenderScore e é listado pelo Cloudmark CSI.",
    // comcast.bl006
    "Neste código mais antigo, a Comcast cita a Spamhaus SBL ou XBL; a remoção é feita pela Spamhaus.",
    // comcast.bl007
    "Neste código mais antigo, a Comcast cita o Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "A Comcast limita o número de conexões simultâneas a partir de um mesmo endereço de envio (25, segundo a página de postmaster dela).",
    // comcast.reverse_dns_failure
    "A Comcast exige DNS reverso válido para todo endereço de envio. Esta resposta é temporária porque a consulta pode ter falhado só naquele momento; por isso, vale tentar de novo.",
    // courier.sender_domain_does_not_exist
    "O Courier verificou o domínio do endereço `MAIL FROM` (com `BOFHCHECKDNS` definido) e descobriu que ele não existe no DNS; o que falhou foi o domínio do remetente, não o do destinatário.",
    // courier.sender_mx_violates_rfc1035
    "Os registros MX do domínio do remetente apontam para endereços IP em vez de nomes de host, o que o DNS não permite. O administrador do remetente precisa apontá-los para nomes de host.",
    // courier.unicode_to_non_unicode
    "A mensagem ou os endereços dela precisam de `SMTPUTF8`, e o servidor de destino não o oferece. Envie de um endereço ou para um endereço só com caracteres ASCII, ou peça ao administrador do destinatário que ative o `SMTPUTF8`.",
    // exchange_server.bad_outbound_sender
    "No Exchange Server, isto geralmente significa que o remetente passou de um limite de taxa de mensagens, por exemplo uma aplicação que faz relay de muitas mensagens pelo Exchange. O administrador pode aumentar o limite no conector de recebimento (Receive connector) ou criar um conector de relay para a aplicação.",
    // exchange_server.single_label_domain
    "O endereço do destinatário tem um domínio sem ponto (como `contoso` em vez de `contoso.com`), que os conectores de recebimento do Exchange recusam por padrão.",
    // exchange_server.too_many_related_errors
    "O Exchange considerou a mensagem malformada e a moveu para a fila de mensagens suspeitas (poison message queue), onde um administrador pode examiná-la.",
    // exchange_server.abp_routing
    "O agente de roteamento da Address Book Policy está em uso, e o destinatário não está na lista de endereços da política de catálogo de endereços do remetente; por isso, os dois não podem trocar e-mails.",
    // exchange_server.unrecognized_command_internal
    "Entre servidores Exchange, isto indica um conector de recebimento para e-mails internos sem o método de autenticação Exchange Server; o administrador precisa corrigir as configurações de autenticação do conector.",
    // exchange_server.system_incorrectly_configured
    "O Exchange informa um loop de e-mail dessa forma, tipicamente quando o FQDN configurado num conector de recebimento é igual ao de outro servidor ou dispositivo no fluxo de e-mails.",
    // exchange_server.exchange_authentication
    "Um firewall ou outro dispositivo entre servidores Exchange bloqueia o comando `X-EXPS` de que a autenticação Exchange Server precisa, ou os e-mails internos passam por um conector que não foi configurado para ela.",
    // exim.retry_time_not_reached
    "O Exim não tentou os hosts desta vez porque tentativas anteriores para eles falharam e o horário da próxima tentativa ainda não chegou; ele guarda a mensagem e tenta de novo mais tarde. A primeira falha está no log do Exim.",
    // exim.lines_too_long_for_transport
    "A mensagem tem uma linha mais longa do que o `message_linelength_limit` do transporte SMTP (998 caracteres por padrão); por isso, o Exim não a envia como está. O programa que envia precisa quebrar as linhas longas ou usar uma codificação de transferência como quoted-printable ou base64.",
    // exim.host_lookup_did_not_complete
    "A consulta DNS do domínio do destinatário expirou ou falhou por enquanto; o Exim adia a mensagem e tenta de novo.",
    // exim.mx_no_smtp_service
    "O domínio publica um registro MX que aponta para `.` (um MX nulo), o que significa que ele não aceita nenhum e-mail.",
    // fastmail.relay_access_denied
    "Vindo do Fastmail, isto geralmente significa que o programa de e-mail não está fazendo login no servidor de saída do Fastmail; ative a autenticação SMTP nas configurações dele.",
    // fastmail.content_rejected
    "O Fastmail usa isto para uma mensagem que provavelmente contém vírus ou que já foi denunciada como spam; um anexo marcado como vírus por engano pode passar se for enviado como arquivo zip.",
    // fastmail.access_denied
    "O Fastmail bloqueou o remetente ou o destinatário, por exemplo depois de denúncias de spam ou por decisão dos seus sistemas antiabuso; um programa de e-mail mal configurado também pode causar isso, e o resto do texto da mensagem de devolução dá mais detalhes.",
    // fastmail.address_locked
    "A conta do Fastmail por trás do endereço está bloqueada ou desativada; por isso, ela não recebe e-mails até que o dono resolva a situação com o suporte do Fastmail.",
    // free.spam_detected
    "Se você não enviou a mensagem recusada, alguém pode ter falsificado o seu endereço, e a Free recusou o spam dessa pessoa.",
    // free.ip_blocked
    "A Free bloqueia um endereço por até 24 horas, conforme o spam ou os erros que ele enviou, e depois retira o bloqueio sozinha; mesmo depois de uma correção, o endereço pode voltar a ser listado por 24 a 48 horas.",
    // gmx.ip_block_listed
    "A última linha da resposta tem um link para uma página de postmaster do GMX sobre esse caso, que explica a inclusão na lista e oferece uma forma de entrar em contato com o GMX.",
    // gmx.too_many_messages
    "Tente de novo daqui a algumas horas e envie mais devagar; se isso não ajudar, entre em contato com a equipe de postmaster do WEB.DE.",
    // gmx.spf_policy
    "Servidores de encaminhamento que mantêm o `MAIL FROM` original falham nesta verificação; o WEB.DE recomenda que eles usem SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "O GMX e o WEB.DE também usam este texto para uma caixa postal desativada depois de muito tempo sem uso.",
    // gmx.policy_ip_based
    "Quando uma parcela alta dos e-mails de um endereço IP é classificada como spam, o WEB.DE recusa por um tempo todos os e-mails desse endereço.",
    // gmx.policy_domain_based
    "O WEB.DE conhece o domínio do remetente como fonte de spam.",
    // gmx.policy_header_based
    "As informações de cabeçalho da mensagem não seguem os padrões nem a política de e-mail do WEB.DE, ou não parecem plausíveis.",
    // gmx.syntax_error_configuration
    "O GMX e o WEB.DE usam este texto quando a configuração do servidor de envio viola as regras deles; o administrador desse servidor precisa corrigir a configuração e depois pedir ao GMX ou ao WEB.DE que retire o bloqueio.",
    // gmx.ionos_policy_violations
    "A IONOS bloqueia endereços IP de envio com taxa de entrega ruim, sobretudo por e-mails enviados a muitos endereços inexistentes, e atrasa servidores cujo nome `HELO` muda o tempo todo. Limpe a lista de endereços e use um único nome `HELO` fixo.",
    // godaddy.ib401_auth_on_inbound
    "Os servidores de entrada da GoDaddy não aceitam login; o programa de e-mail está configurado com o servidor de saída errado e deve usar `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "A GoDaddy recusou a mensagem porque o campo From dela está vazio.",
    // godaddy.ib502_ip_as_from
    "A GoDaddy recusa mensagens cujo endereço From usa um endereço IP em vez de um domínio.",
    // godaddy.ib506_from_domain_invalid
    "O domínio do From não tem registros MX nem de endereço utilizáveis, ou a consulta DNS dele falhou; corrija a zona DNS do domínio antes de enviar de novo.",
    // godaddy.ib508_invalid_spf
    "O registro SPF do domínio do remetente não autoriza o servidor que enviou a mensagem; inclua esse servidor no registro SPF.",
    // godaddy.ib212_spam_content
    "Um link, um anexo ou um padrão na mensagem acionou os filtros de spam da GoDaddy.",
    // godaddy.ib007_too_many_sessions
    "O endereço IP de envio tem sessões SMTP demais abertas ao mesmo tempo na GoDaddy.",
    // godaddy.ib101_server_busy
    "A fila de e-mails da GoDaddy está processando mais e-mails do que o normal; tente de novo mais tarde.",
    // godaddy.ib110_spam_block_hour
    "O endereço IP de envio mandou mensagens demais que a GoDaddy considerou spam e está bloqueado por uma hora.",
    // godaddy.ib111_spam_block_day
    "O endereço IP de envio mandou mensagens demais que a GoDaddy considerou spam e está bloqueado até o fim do dia.",
    // godaddy.ib112_invalid_recipients_hour
    "O endereço IP de envio tentou endereços inexistentes demais e está bloqueado por uma hora.",
    // godaddy.ib113_invalid_recipients_day
    "O endereço IP de envio tentou endereços inexistentes demais e está bloqueado até o fim do dia.",
    // godaddy.ib510_messages_per_session
    "A sessão atingiu o número máximo de mensagens da GoDaddy; abra uma nova conexão para as demais.",
    // godaddy.ib103_cloudmark_reputation
    "A GoDaddy recusou a conexão porque o endereço IP de envio tem reputação ruim no Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "O endereço IP de envio está na Spamhaus Block List (SBL); a remoção é pedida à Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "O endereço IP de envio está na Spamhaus Exploits Block List (XBL); a remoção é pedida à Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "O endereço IP de envio está na Spamhaus Policy Block List (PBL); a remoção é pedida à Spamhaus.",
    // godaddy.rbl_reject
    "A lista de bloqueio própria da GoDaddy inclui o endereço IP de envio; use o link da mensagem de devolução para pedir à GoDaddy que o remova.",
    // godaddy.account_disabled
    "Segundo a GoDaddy, contas nessa situação geralmente continuam desativadas de forma definitiva.",
    // google.dmarc_policy_rejection
    "O Gmail cita o domínio do `From` cuja política DMARC recusou a mensagem; é com o administrador desse domínio que se deve falar.",
    // google.spf_hard_fail
    "O domínio do remetente do envelope publica um registro SPF terminado em `-all`, e o IP de envio não está nele; por isso, o Gmail recusa a mensagem de imediato.",
    // google.spf_or_dkim_required
    "O Gmail exige que todo remetente, e não só os remetentes em massa, passe em pelo menos uma das verificações, SPF ou DKIM; a resposta lista o resultado de cada uma.",
    // google.spf_suspicious_entries
    "O Gmail questiona o próprio registro SPF; por isso, o administrador do domínio precisa revisar e limpar o registro.",
    // google.spf_did_not_pass
    "O Gmail usa `7.27` para dizer que o SPF não passou para a mensagem, e não no sentido registrado de um domínio de remetente com MX nulo.",
    // google.dkim_did_not_pass
    "O Gmail usa `7.30` para dizer que o DKIM não passou para a mensagem, e não no sentido registrado de exigência de suporte a `REQUIRETLS`.",
    // google.unauthenticated
    "O Gmail envia `7.26` quando nem o SPF nem o DKIM passaram; quando o texto cita uma política DMARC, vale a regra do DMARC.",
    // google.not_sent_over_tls
    "O Gmail usa `7.29` para dizer que a mensagem não chegou por uma conexão criptografada, e não no sentido registrado de uma falha na validação ARC. O servidor de envio precisa usar `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "O administrador do Google Workspace do destinatário exige entrega criptografada para o domínio; por isso, o servidor de envio precisa usar `STARTTLS`.",
    // google.ipv6_guidelines
    "Por IPv6, o Gmail exige tanto um registro PTR correspondente para o endereço de envio quanto a aprovação numa verificação SPF ou DKIM.",
    // google.ptr_rate_limited
    "O Gmail usa `4.7.23` para um IP de envio sem registro PTR, ou cujo nome não resolve de volta para ele, e não no sentido registrado de uma falha de SPF.",
    // google.same_message_id_quota
    "O Gmail limita quantas cópias com um mesmo `Message-ID` ele aceita; cada mensagem enviada deve ter o próprio `Message-ID`.",
    // google.unsolicited_rate_limited
    "O Gmail usa `4.7.28` quando os e-mails vindos do seu IP, da sua faixa de IPs, do seu domínio DKIM ou SPF, ou com um dos seus domínios de links, parecem não solicitados numa proporção incomum, e os adia por um tempo.",
    // google.ip_not_in_whitelist
    "O domínio do Google Workspace do destinatário só aceita e-mails de endereços IP que o administrador dele autorizou.",
    // google.not_authorized_to_send_directly
    "O Gmail não aceita e-mails diretamente deste endereço IP de envio; em vez disso, envie pelo relay do seu provedor.",
    // google.receiving_too_quickly
    "O Gmail usa `4.2.1` para um destinatário que está recebendo e-mails mais rápido do que ele aceita, ou para um cliente do Workspace acima da sua taxa máxima de relay, e não para uma caixa postal desativada.",
    // google.daily_relay_limit
    "O limite vale por usuário ou por cliente do Workspace no `smtp-relay.gmail.com`; o administrador do Workspace encontra os limites junto às configurações do relay SMTP.",
    // google.daily_quota_code
    "O Gmail usa `5.4.5` para uma conta ou um relay que atingiu o limite diário de envio, e não para um sistema de e-mail congestionado.",
    // google.inbox_out_of_storage
    "O armazenamento do Gmail é compartilhado com o Google Drive e o Google Fotos; por isso, o destinatário pode liberar espaço em qualquer um deles.",
    // google.custom_domain_policy
    "`gcdp` significa que uma regra escrita por um administrador do Google Workspace recusou a mensagem, e não os filtros do próprio Gmail; só esse administrador pode explicar o motivo ou mudar a regra.",
    // google.web_login_required
    "O Gmail usa `5.7.14` quando o dono da conta precisa entrar nela por um navegador antes que o programa de e-mail possa fazer login, e não no sentido registrado de uma relação de confiança ausente.",
    // google.mail_relay_denied
    "No `smtp-relay.gmail.com`, o administrador do Workspace precisa cadastrar o endereço IP do dispositivo que envia nas configurações do relay SMTP ou configurar o dispositivo para fazer login com `AUTH`.",
    // google.invalid_credentials_for_relay
    "O IP cadastrado não pertence ao domínio de onde a mensagem vem; o servidor de envio precisa fazer login com `AUTH` ou informar um dos domínios do Workspace no `HELO` ou `EHLO`.",
    // google.mail_sending_denied
    "A conta que envia está suspensa ou não é usuária do domínio do Google Workspace a que pertencem as configurações do relay.",
    // haraka.early_talker
    "O plugin early_talker do Haraka espera um pouco antes de responder e derruba os clientes que enviam dados antes de receber a resposta. Um cliente que segue o padrão espera cada resposta antes de enviar o comando seguinte.",
    // haraka.no_mx_for_from
    "O domínio do endereço `MAIL FROM` não tem um registro MX que leve a um endereço utilizável; por isso, respostas e mensagens de devolução não conseguiriam chegar a ele. O administrador do remetente precisa publicar registros MX que funcionem.",
    // haraka.ssl_on_plain_socket
    "O cliente iniciou um handshake TLS numa porta que espera SMTP sem criptografia. Use `STARTTLS` nesta porta ou conecte-se à porta de TLS implícito (geralmente `465`).",
    // haraka.spoofed_mail_from
    "O endereço `MAIL FROM` usa um domínio para o qual este servidor Haraka encaminha e-mails, mas o cliente não tem permissão para fazer relay (por exemplo, porque não fez login). Os remetentes desse domínio precisam enviar pelo próprio servidor, com `AUTH`.",
    // haraka.split_transaction
    "O domínio do destinatário vai para um próximo salto diferente do dos destinatários já aceitos; o cliente deve entregar a mensagem a esses e enviar este destinatário numa nova transação.",
    // haraka.credential_leak
    "O corpo da mensagem contém o nome de usuário e a senha com que o remetente fez login; por isso, o Haraka se recusou a enviá-la. Remova as credenciais da mensagem antes de enviá-la.",
    // mail_ru.spam_message_rejected
    "A resposta tem um link para a página de suporte antispam do Mail.ru e informa um código de erro e um ID; cite-os ao pedir ao Mail.ru que revise uma mensagem legítima.",
    // mail_ru.dmarc_policy
    "Uma causa comum é um site ou script que envia pelo próprio servidor com um endereço do Mail.ru no `From`; em vez disso, envie de um endereço do seu próprio domínio.",
    // mail_ru.dynamic_ips
    "O Mail.ru recusa e-mails enviados diretamente de endereços que ele classifica como dinâmicos, como conexões domésticas; envie por um servidor de e-mail com endereço fixo e DNS reverso correto, ou pelo seu provedor.",
    // mail_ru.sending_disabled
    "O Mail.ru bloqueou o envio a partir desta conta, geralmente porque suspeita que a senha foi roubada e usada para spam. Troque ou recupere a senha e confirme que a caixa postal é sua para voltar a enviar.",
    // mailgun.previously_bounced
    "O Mailgun nem tentou o endereço porque ele está na lista de supressão de devoluções do domínio de envio, depois de uma devolução permanente anterior; só remova a supressão se tiver certeza de que o endereço voltou a funcionar.",
    // mailgun.unsubscribed
    "O destinatário cancelou a inscrição; por isso, o Mailgun suprime o endereço. Só o remova da lista Suppressions se o destinatário voltar a se inscrever.",
    // mailgun.marked_as_spam
    "O destinatário marcou e-mails anteriores como spam; por isso, o Mailgun suprime o endereço. Só o remova da lista Suppressions se o destinatário voltar a se inscrever.",
    // mailgun.sandbox_domain
    "Um domínio sandbox do Mailgun só envia para Authorized Recipients que aceitaram o convite; adicione o seu próprio domínio ou inclua o endereço como Authorized Recipient.",
    // mailgun.free_account
    "Uma conta gratuita do Mailgun só pode enviar para Authorized Recipients; faça upgrade da conta ou inclua o endereço como Authorized Recipient.",
    // mailgun.domain_unverified
    "O Mailgun não envia por um domínio até que os registros DNS dele sejam verificados; publique os registros mostrados no painel de controle do Mailgun e verifique o domínio de novo.",
    // mailgun.domain_limit_exceeded
    "O domínio de envio passou de um limite do Mailgun de requisições, bytes ou destinatários; a resposta informa a partir de quando ele pode voltar a enviar.",
    // microsoft.recipient_not_found_5_1_10
    "O Exchange Online usa `5.1.10` para um destinatário que a consulta de endereços dele não encontrou, e não para um MX nulo, como faz o registro da IANA.",
    // microsoft.dbeb_recipient_rejected
    "Trata-se do Directory Based Edge Blocking: o Exchange Online Protection recusa destinatários que não estão no diretório da organização que recebe a mensagem.",
    // microsoft.relay_access_denied_5_4_1
    "A Microsoft cita como causas habituais um registro MX que aponta para o servidor errado, um domínio que falta entre os domínios aceitos ou mudanças de DNS que ainda estão se propagando.",
    // microsoft.submission_quota_5_2_2
    "O Exchange Online reaproveita `5.2.2` para um remetente acima do limite de mensagens ou de destinatários, e não para uma caixa postal cheia; pode ser sinal de uma conta comprometida.",
    // microsoft.recipient_thread_limit_4_3_2
    "A caixa postal do destinatário está recebendo mensagens demais ao mesmo tempo, e o Exchange a limita de propósito; as novas tentativas passam mais tarde.",
    // microsoft.queue_expired
    "O Exchange Online tenta de novo durante 24 horas antes de enviar esta mensagem de devolução; os adiamentos anteriores mostram a causa real.",
    // microsoft.ambiguous_recipient
    "Vários objetos do diretório têm o endereço do destinatário, muitas vezes depois de uma migração ou de uma sincronização híbrida; o administrador do destinatário precisa remover o endereço duplicado.",
    // microsoft.sender_denied_5_1_0
    "Apesar das palavras, o Exchange Online quer dizer que não foi possível resolver o destinatário, muitas vezes ao responder a uma mensagem salva como arquivo; confira o endereço do destinatário.",
    // microsoft.bad_outbound_sender_5_1_8
    "O Microsoft 365 bloqueou a conta que envia por causa de spam, geralmente porque ela foi comprometida; o administrador precisa protegê-la antes que ela possa enviar de novo.",
    // microsoft.delivery_not_authorized
    "Geralmente é um grupo que só aceita e-mails de membros ou de remetentes listados, ou uma regra de fluxo de e-mails da organização do destinatário.",
    // microsoft.blocklist_1
    "Esta é a lista de bloqueio da própria Microsoft; a Microsoft pede aos remetentes listados que usem o portal de remoção dela ou que encaminhem a mensagem de devolução para o endereço de remoção dela.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "O Exchange Online usa `5.7.12` para um destinatário que recusa e-mails de fora da sua organização, e não para uma transição de senha, como faz o registro da IANA.",
    // microsoft.public_folder_5_7_13
    "O Exchange Online usa `5.7.13` para uma pasta pública que recusa remetentes externos, e não para uma conta desativada, como faz o registro da IANA.",
    // microsoft.mta_sts_certificate
    "O certificado do destino precisa ter uma cadeia até uma raiz confiável e indicar o host listado na política MTA-STS do domínio.",
    // microsoft.ipv6_spf_or_dkim
    "O Microsoft 365 só aceita e-mails anônimos por IPv6 quando o SPF ou o DKIM passa.",
    // microsoft.ipv6_reverse_dns
    "O Microsoft 365 exige um registro PTR para todo endereço IPv6 que envia e-mails para ele.",
    // microsoft.customer_block_list
    "A própria organização que recebe a mensagem bloqueou o endereço IP; por isso, só ela pode remover a entrada.",
    // microsoft.as345_nested_attachments
    "A Microsoft associa esta recusa a anexos aninhados, como uma mensagem anexada que tem os próprios anexos.",
    // microsoft.x_dg_ref_header
    "A Microsoft associa esta recusa a mensagens no formato Rich Text; enviar como HTML ou texto simples evita o problema.",
    // mimecast.spf_sender_invalid
    "A Mimecast recusa a mensagem porque o endereço IP que se conectou não está no registro `SPF` do domínio de envio. O administrador do remetente precisa incluir todos os servidores de envio no `SPF`; como alternativa, o administrador da Mimecast do destinatário pode afrouxar a configuração de `SPF` de entrada da política DNS Authentication.",
    // mimecast.dkim_sender_invalid
    "A assinatura `DKIM` de saída da Mimecast não corresponde à chave publicada no DNS. Verifique se a chave pública no DNS e a chave privada, o domínio e o seletor na política DNS Authentication formam um conjunto coerente.",
    // mimecast.internal_resources_unavailable
    "A Mimecast usa esta resposta para o greylisting, que um servidor normal supera tentando de novo, mas também para um endereço IP de envio com reputação ruim. O administrador do destinatário pode isentar o remetente com uma política Auto Allow ou Permitted Senders.",
    // mimecast.local_ct_ip_reputation
    "As verificações contínuas de reputação da Mimecast recusaram o endereço IP de envio, muitas vezes depois de recusas temporárias anteriores. O administrador do destinatário pode liberar o remetente com uma política Auto Allow ou Permitted Senders, e a Mimecast oferece um formulário para pedir a revisão da faixa de IPs.",
    // mimecast.sender_address_blocked
    "Uma política Blocked Senders da conta da Mimecast do destinatário correspondeu ao remetente; só o administrador dessa conta pode remover a entrada.",
    // mimecast.account_service_unavailable
    "A conta da Mimecast tem conexões de entrada demais abertas ao mesmo tempo (20 por padrão). Tente de novo mais tarde e não envie e-mails de saída ou de journaling para a Mimecast a partir de um endereço IP que não esteja autorizado para isso.",
    // mimecast.maximum_email_size_exceeded
    "A mensagem é maior do que uma política Email Size Limit ou do que o limite da própria Mimecast. A codificação deixa a mensagem bem maior do que os anexos dela; por isso, deixe uma boa margem.",
    // mimecast.mail_loop_detected
    "A Mimecast recusa uma mensagem depois que ela passou por 25 saltos. Procure regras de encaminhamento entre os endereços envolvidos.",
    // mimecast.open_relay_not_allowed
    "Nem o domínio do remetente nem o do destinatário pertencem a uma conta da Mimecast, ou o endereço IP que se conectou não é um endereço de saída autorizado. Um cliente da Mimecast precisa pedir ao suporte da Mimecast que adicione o endereço de saída autorizado.",
    // mimecast.account_inbounds_disabled
    "Os e-mails de entrada estão desativados para toda a conta da Mimecast da organização do destinatário. O administrador dela precisa pedir ao suporte da Mimecast que volte a permitir o tráfego de entrada.",
    // mimecast.account_outbounds_disabled
    "Os e-mails de saída estão desativados para a conta da Mimecast da organização que envia. O administrador dela precisa pedir ao suporte da Mimecast que volte a permitir o tráfego de saída.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "Uma política Anti-Spoofing barrou uma mensagem vinda de fora que se apresenta com um endereço do próprio domínio do destinatário. Um serviço de envio legítimo precisa de uma política Anti-Spoofing que não tome nenhuma ação para o endereço ou o endereço IP dele.",
    // mimecast.header_based_anti_spoofing
    "Uma política Anti-Spoofing barrou uma mensagem vinda de fora que se apresenta com um endereço do próprio domínio do destinatário. Um serviço de envio legítimo precisa de uma política Anti-Spoofing que não tome nenhuma ação para o endereço ou o endereço IP dele.",
    // mimecast.content_examination_policy
    "Uma política Content Examination da conta do destinatário correspondeu à mensagem. O administrador dessa conta pode ajustar a política ou adicionar uma política Content Examination Bypass.",
    // mimecast.host_network_not_allowed
    "Uma política Geographical Restriction recusa e-mails da rede ou do país do servidor de envio; só o administrador do destinatário pode mudá-la.",
    // mimecast.administrative_prohibition_envelope_blocked
    "A Mimecast envia isto quando o endereço ou o domínio do remetente corresponde a uma política Blocked Senders, ou quando o `SPF` falha de forma definitiva (hard fail). O administrador do destinatário pode mudar a política para excluir o remetente.",
    // mimecast.envelope_blocked_user_entry
    "O destinatário bloqueou o endereço do remetente na sua lista pessoal Managed Senders. O destinatário ou o administrador dele precisa remover a entrada.",
    // mimecast.envelope_blocked_user_domain_entry
    "O destinatário bloqueou o domínio do remetente na sua lista pessoal Managed Senders. O destinatário ou o administrador dele precisa remover a entrada.",
    // mimecast.manually_blocked_senders
    "O remetente está numa lista de bloqueio pessoal do destinatário. O destinatário ou o administrador dele precisa remover a entrada do Managed Senders.",
    // mimecast.blocked_senders_header_from
    "Uma política Blocked Senders correspondeu ao endereço do cabeçalho `From`. Só o administrador do destinatário pode alterar ou excluir a política.",
    // mimecast.blocked_senders_envelope_from
    "Uma política Blocked Senders correspondeu ao remetente do envelope (`MAIL FROM`). Só o administrador do destinatário pode alterar ou excluir a política.",
    // mimecast.incorrect_authentication_data
    "A submissão para a Mimecast na porta `587` exige o endereço de um usuário interno e a senha de nuvem da Mimecast desse usuário.",
    // mimecast.route_requires_tls
    "Uma política Secure Receipt ou Secure Delivery exige `TLS`. Ative o `STARTTLS` e certificados válidos no servidor de envio e verifique se nenhum firewall ou proxy interfere na criptografia.",
    // mimecast.route_requires_tls12
    "O servidor de envio ofereceu uma versão do `TLS` anterior à 1.2, que uma política Secure Receipt ou Secure Delivery recusa.",
    // mimecast.route_requires_high_strength_ciphers
    "As cifras oferecidas pelo servidor de envio são mais fracas do que uma política Secure Receipt ou Secure Delivery permite.",
    // mimecast.unable_to_process_connection
    "O servidor da Mimecast está com a carga máxima; o servidor de envio só precisa tentar de novo.",
    // mimecast.message_ended_early
    "A mensagem não terminou corretamente, muitas vezes porque um recurso de firewall, como o SMTP fixup ou o MailGuard da Cisco, alterou a sessão. Desative esse tipo de inspeção SMTP do lado de quem envia.",
    // mimecast.too_many_recipients
    "A Mimecast aceita no máximo 100 destinatários por mensagem e pede os demais numa outra transação. Recursos de inspeção SMTP de firewalls que não repassam esta resposta precisam ser desativados.",
    // mimecast.outbound_thread_limit
    "A conta tem conexões de saída demais ao mesmo tempo; envie em lotes menores.",
    // mimecast.rejected_due_to_security_policies
    "A Mimecast encontrou uma assinatura de vírus ou uma pontuação de spam acima do limite dela. As verificações de spam podem ser contornadas pela política Permitted Senders ou Auto Allow do destinatário, mas as de vírus não; a Mimecast também oferece um formulário Sender Feedback.",
    // naver.no_such_user
    "A resposta tem um link para a página de ajuda do Naver sobre e-mails devolvidos; a parte do endereço antes de `@naver.com` não existe.",
    // opensmtpd.no_mx_found
    "O OpenSMTPD não encontrou nenhum registro MX ou de endereço utilizável para o domínio do destinatário. Ele trata isso como temporário e continua tentando até a mensagem expirar; por isso, confira se o domínio tem erros de digitação antes de esperar.",
    // opensmtpd.domain_does_not_accept_mail
    "O domínio do destinatário publica um MX nulo, um registro que diz que ele não recebe nenhum e-mail.",
    // opensmtpd.list_expansion_problem
    "O OpenSMTPD usa este texto com `X.2.4` para qualquer falha ao expandir o destinatário por meio de aliases ou de um arquivo `~/.forward`, e não só para listas de e-mail. O administrador do servidor deve verificar esses arquivos e o log do servidor.",
    // orange.abusix_listed
    "O código 100 significa que o endereço de envio está listado pela Abusix; consulte-o em lookup.abusix.com.",
    // orange.spamhaus_listed
    "O código 101 significa que o endereço de envio está listado pela Spamhaus; consulte-o em check.spamhaus.org.",
    // orange.cloudmark_listed
    "O código 102 significa que o endereço de envio está listado pela Cloudmark; peça uma redefinição em csi.cloudmark.com.",
    // orange.orange_blocklist
    "O código 103 significa que a própria Orange bloqueou o endereço de envio; use o formulário de contato da Orange e escolha a opção de problema de entregabilidade.",
    // orange.too_many_connections
    "A Orange recomenda no máximo 2 conexões simultâneas por endereço de envio.",
    // orange.missing_ptr
    "A Orange exige para o endereço de envio um registro PTR cujo nome de host resolva de volta para esse mesmo endereço.",
    // orange.too_many_messages_per_connection
    "A Orange recomenda no máximo 100 mensagens por conexão.",
    // orange.invalid_helo
    "A Orange exige no `HELO`/`EHLO` um nome de host completo (FQDN) que resolva no DNS.",
    // orange.sender_domain_dns
    "A Orange não encontrou registros A ou MX válidos para o domínio do `MAIL FROM`; depois de uma mudança de DNS, espere os registros em cache expirarem.",
    // orange.sender_domain_listed
    "O código 425 significa que o nome de domínio do remetente, e não o endereço, está listado pela Abusix ou pela Spamhaus.",
    // orange.suspected_spam
    "Em caso de falso positivo, a Orange pede aos remetentes que usem o formulário de contato dela e escolham a opção de problema de entregabilidade.",
    // orange.ofr_999
    "A Orange limita o ritmo de um remetente com o código 999 depois de um comportamento inadequado; verifique o que está sendo enviado antes de retomar num ritmo menor.",
    // outlook_com.required_authentication_level
    "A Microsoft aplica isto a domínios que enviam 5.000 mensagens ou mais para os seus serviços para consumidores, e espera SPF, DKIM e uma aprovação DMARC alinhada.",
    // outlook_com.block_list_s3140
    "A remoção desta lista de bloqueio do Outlook.com é pedida pelo formulário de suporte a remetentes da Microsoft para e-mail de consumidores, e não pelo portal de remoção do Microsoft 365.",
    // outlook_com.block_list_s3150
    "A remoção desta lista de bloqueio do Outlook.com é pedida pelo formulário de suporte a remetentes da Microsoft para e-mail de consumidores, e não pelo portal de remoção do Microsoft 365.",
    // outlook_com.ip_reputation_rate_limited
    "O Outlook.com adia os e-mails deste IP por causa da reputação dele e indica ao remetente o `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "A Microsoft envia `5.5.0` com estas palavras quando um endereço `@hotmail.com` ou `@outlook.com` não foi encontrado; significa o mesmo que `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "O Outlook.com recusa e-mails cujo domínio do `From` falha no DMARC e publica `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "Vindo da OVHcloud, isto também pode significar que o envio está bloqueado na conta por suspeita de spam; verifique a situação da conta no OVHcloud Control Panel, onde uma troca de senha ou um chamado de suporte a desbloqueia.",
    // ovh.bad_sequence_means_no_auth
    "Segundo a OVHcloud, esta resposta dos servidores dela geralmente significa que o programa de e-mail não se autenticou no servidor SMTP.",
    // ovh.unrecognised_address_arguments
    "O servidor de saída da OVHcloud não conseguiu usar o endereço From ou To informado; a OVHcloud também lembra os seus limites de envio de 200 mensagens por hora por conta e 300 por hora por endereço IP.",
    // ovh.missing_spf_dkim
    "A OVHcloud recomenda publicar um registro SPF para o domínio de envio e, quando o plano de e-mail oferecer, ativar o DKIM.",
    // ovh.queue_too_long
    "A OVH mantém uma mensagem na fila de saída por 24 horas; se o servidor do destinatário não puder ser alcançado nesse prazo, a mensagem volta com este texto.",
    // postfix.helo_host_not_found
    "O Postfix envia isto por causa de `reject_unknown_helo_hostname`: o nome que o cliente informou no `HELO` ou `EHLO` não tem registro de endereço nem MX. O administrador do servidor de envio deve fazê-lo se apresentar com um nome que resolva no DNS.",
    // postfix.helo_not_fqdn
    "O Postfix envia isto por causa de `reject_non_fqdn_helo_hostname`: o cliente se apresentou no `HELO` ou `EHLO` com um nome simples, sem domínio. O servidor de envio precisa ser configurado para informar o nome de host completo.",
    // postfix.multi_recipient_bounce
    "O Postfix recusa uma mensagem com remetente vazio (uma mensagem de devolução) que tenha mais de um destinatário quando `reject_multi_recipient_bounce` está definido, porque as mensagens de devolução de verdade vão para um único endereço.",
    // postfix.insufficient_system_storage
    "O Postfix responde `452 4.3.1` quando o sistema de arquivos da fila tem menos espaço livre do que `queue_minfree` ou espaço insuficiente para uma mensagem do maior tamanho permitido; o servidor de envio tenta de novo mais tarde.",
    // postfix.undeliverable_address
    "O Postfix verificou o destinatário com `reject_unverified_recipient` sondando o próximo servidor, e a sondagem falhou; a resposta desse servidor vem depois das palavras `undeliverable address`.",
    // postfix.dns_try_again
    "Uma falha temporária de DNS: os servidores de nomes do domínio não responderam a tempo ou retornaram um erro de servidor. O Postfix guarda a mensagem e tenta de novo; se persistir, verifique os servidores DNS do domínio.",
    // postfix.mailbox_file_too_large
    "O arquivo da caixa postal local atingiu o `mailbox_size_limit` do Postfix (cerca de 50 MB por padrão). Esvazie ou arquive a caixa postal, ou aumente o limite no `main.cf`.",
    // postfix.non_smtp_command
    "O Postfix (`smtpd` ou `postscreen`) encerra a conexão quando o cliente envia algo que não é um comando SMTP, como uma linha de cabeçalho da mensagem, geralmente porque o cliente começou a enviar a mensagem sem `DATA`.",
    // proofpoint.pdr_blocked_ipcheck
    "O Proofpoint Dynamic Reputation bloqueou o endereço IP de envio porque saiu spam dele. O bloqueio termina algum tempo depois que o spam para; para pedir uma revisão antes disso, use o formulário indicado na resposta e informe quem era o destinatário e que tipo de e-mail foi bloqueado.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "Esta é a forma mais antiga do bloqueio do Proofpoint Dynamic Reputation; os servidores de e-mail do iCloud, da Apple, também a enviam.",
    // proofpoint.blocked_using_pdr
    "O Proofpoint Dynamic Reputation atrasa ou bloqueia endereços IP que enviam spam. Um atraso se resolve sozinho em minutos; um bloqueio continua até o spam parar ou até um pedido de revisão ser aceito.",
    // proofpoint.essentials_marked_invalid
    "O Proofpoint Essentials tem o destinatário na lista de inválidos do recurso SMTP Discovery. O administrador do destinatário precisa remover o endereço dessa lista se a caixa postal existir.",
    // qmail.chkuser_security_policies
    "O patch chkuser envia isto quando uma sessão já informou mais destinatários desconhecidos ou malformados do que o limite dele permite e, a partir daí, recusa todos os destinatários seguintes, até com um código como `#5.1.1`. Remova os endereços inválidos da lista e envie numa nova sessão.",
    // qmail.best_preference_mx
    "Este servidor qmail é o MX de maior preferência do domínio, mas não lista o domínio em `control/locals`; por isso, repassar a mensagem faria com que ela voltasse para ele mesmo. O administrador dele precisa configurar o domínio como local ou corrigir os registros MX.",
    // qmail.dns_temporary
    "Este é o texto do qmail-remote para uma falha temporária de DNS (`#4.1.2`), diferente de \"couldn't find any host named\", que é permanente; a mensagem fica na fila e é tentada de novo.",
    // qmail.from_and_auth_not_same
    "O qmail-smtpd com patch exige que o endereço `MAIL FROM` seja o endereço da conta que fez login com `AUTH`. Configure no programa de e-mail um endereço de remetente igual ao endereço de login.",
    // qq.ip_frequency_limited
    "O QQ Mail limita quantos e-mails um endereço IP de envio pode entregar por minuto, por hora e por dia, e bloqueia o endereço por minutos, por horas ou até o fim do dia quando um limite é ultrapassado. Os limites não são publicados; por isso, faça uma pausa e depois envie mais devagar.",
    // qq.sender_frequency_limited
    "Aqui o limite vale para o endereço de remetente individual; o QQ Mail não publica os números, e a espera depende de qual limite foi ultrapassado: o por minuto, o por hora ou o diário.",
    // qq.recipient_flooded
    "Apesar do texto, o endereço existe: o destinatário recebeu uma grande quantidade de e-mails em pouco tempo, e o QQ Mail recusa novos e-mails por um tempo para proteger a caixa postal. Tente de novo mais tarde.",
    // qq.mail_content_denied
    "O QQ Mail recusa conteúdo que parece e-mail em massa denunciado como spam por muitos dos seus usuários.",
    // qq.suspected_spam_sender
    "O QQ Mail recebeu uma grande quantidade de spam do domínio do remetente ou do operador do servidor de envio e recusa os e-mails dele.",
    // qq.rejected_by_recipients
    "O destinatário colocou o remetente numa lista de bloqueio pessoal ou criou um filtro que recusa esses e-mails; só o destinatário pode mudar isso.",
    // rackspace.throttled_too_much_spam
    "A Rackspace recebeu spam demais do servidor de envio e está adiando os e-mails dele; envie de novo mais tarde e peça ao destinatário que coloque o seu domínio na lista de remetentes confiáveis.",
    // rackspace.g2_concurrent_connections
    "A Rackspace limita quantas conexões um endereço IP de envio pode manter abertas; reduza o número de conexões paralelas.",
    // rackspace.g1f_no_ptr
    "A Rackspace exige um registro PTR para todo endereço IP de envio.",
    // rackspace.g6_recipient_check_unavailable
    "A Rackspace não conseguiu verificar o endereço do destinatário naquele momento; uma nova tentativa alguns minutos depois costuma funcionar.",
    // rackspace.g30_mailbox_rate
    "A Rackspace limita quantos e-mails uma caixa postal pode receber em pouco tempo; isso protege o destinatário, por exemplo de um bombardeio de inscrições em listas (list bomb), e uma nova tentativa mais tarde costuma funcionar.",
    // rackspace.g16_routing_loop
    "Se o loop não se resolver em alguns minutos, a Rackspace pede para ser avisada em `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "A Rackspace não conseguiu consultar a política DMARC do domínio do remetente naquele momento; uma nova tentativa alguns minutos depois costuma funcionar.",
    // rackspace.g28_untrusted_ip
    "A Rackspace só aceita volumes pequenos de um endereço IP de envio novo ou não confiável até que ele construa um bom histórico de envio; faça o aquecimento do endereço e envie mais devagar.",
    // sendgrid.sender_identity
    "O SendGrid só envia e-mails cujo endereço From corresponde a uma Sender Identity verificada: um endereço de remetente único verificado ou um domínio autenticado na conta do SendGrid.",
    // sendgrid.credits_exceeded
    "O SendGrid desconta cada mensagem dos créditos de e-mail da conta e recusa novos envios quando eles acabam; a documentação do SendGrid orienta a entrar em contato com o suporte dele para aumentar o limite.",
    // sendgrid.recipients_this_hour
    "O SendGrid adia essas mensagens e continua tentando de novo por até 72 horas.",
    // sendgrid.unauthenticated_senders
    "O cliente entregou uma mensagem ao `smtp.sendgrid.net` sem fazer login antes; configure-o para se autenticar em toda conexão, com uma chave de API do SendGrid como senha.",
    // sendgrid.bad_username_password
    "O SendGrid não reconhece o nome de usuário ou a chave de API; redefinir a senha na conta do SendGrid também quebra as integrações que ainda usam a senha antiga.",
    // sendgrid.drop_bounced_address
    "O SendGrid descartou a mensagem sem tentar entregá-la porque o endereço está na lista de devoluções da conta depois de uma devolução anterior; só exclua a entrada se tiver certeza de que o endereço voltou a funcionar.",
    // sendgrid.drop_unsubscribed
    "O SendGrid descartou a mensagem porque o destinatário está na lista de cancelamentos de inscrição da conta.",
    // sendgrid.drop_spam_report
    "O SendGrid descartou a mensagem porque o destinatário já denunciou como spam e-mails desta conta.",
    // sendgrid.drop_spam_content
    "A configuração Spam Checker da própria conta no SendGrid classificou a mensagem como spam e a descartou.",
    // sendgrid.drop_invalid_smtpapi
    "O SendGrid descartou a mensagem porque o cabeçalho `X-SMTPAPI` dela não é um JSON válido ou está montado de forma errada.",
    // sendmail.host_name_lookup_failure
    "Texto do Sendmail para uma falha temporária de DNS (`TRY_AGAIN`): os servidores de nomes não deram resposta por enquanto; por isso, a mensagem fica na fila e é tentada de novo.",
    // sendmail.address_requires_smtputf8
    "O endereço tem caracteres não ASCII, mas o cliente não informou o parâmetro `SMTPUTF8` no `MAIL FROM`.",
    // sendmail.mx_list_points_back
    "Este servidor está listado como host MX do domínio, mas não trata o domínio como local; por isso, mandaria a mensagem de volta para si mesmo. O administrador precisa incluir o domínio entre os nomes locais do servidor ou corrigir os registros MX.",
    // stalwart.invalid_ehlo_domain
    "O Stalwart recusa nomes no `EHLO` que não sejam completos (FQDN) quando a opção de rejeitar nomes não FQDN está ativada. O servidor de envio precisa se apresentar com o nome de host completo.",
    // stalwart.extension_disabled
    "O cliente usou um parâmetro de `MAIL FROM` ou `RCPT TO` de uma extensão (como `DSN` ou `FUTURERELEASE`) que este servidor desativou. Envie sem esse parâmetro.",
    // stalwart.dane_failed
    "O domínio do destinatário publica registros DANE (`TLSA`), e o certificado do servidor dele não correspondeu a eles; por isso, o Stalwart não fez a entrega. O administrador do destinatário precisa atualizar os registros `TLSA` ou o certificado.",
    // stalwart.mta_sts_failed
    "O domínio do destinatário tem uma política MTA-STS, e o servidor dele não a cumpriu (sem certificado válido ou com um host que não está na política). O administrador do destinatário precisa corrigir a política ou o servidor.",
    // stalwart.concurrency_limited
    "O limite próprio do Stalwart para conexões de saída a esse destino foi atingido; a mensagem fica na fila e é tentada de novo.",
    // yahoo.tss04
    "O Yahoo usa `[TSS04]` para e-mails adiados por causa de volume, reclamações, conteúdo com cara de spam ou reputação de IP ruim; se persistir, o Yahoo pede um Sender Support Request com o erro completo.",
    // yahoo.ts01
    "O Yahoo sugere tentar de novo cerca de quatro horas depois e, se o erro durar 48 horas, rever o conteúdo e as práticas de envio dos e-mails.",
    // yahoo.ts03
    "Embora o código seja temporário, o Yahoo recomenda não enviar de novo até que as listas e as práticas de inscrição tenham sido verificadas, porque está vendo e-mails em massa que parecem não solicitados.",
    // yahoo.permanently_deferred
    "Segundo o Yahoo, tentar de novo não vai funcionar; primeiro a prática de envio precisa mudar.",
    // yahoo.bl21
    "O Yahoo recusa conexões de endereços listados pela Spamhaus; consulte o endereço em spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` indica a Spamhaus XBL, que lista máquinas infectadas e proxies abertos.",
    // yahoo.ph01
    "Os bloqueios de conteúdo do Yahoo (códigos `PH`) abrangem vírus, phishing, ransomware e outros softwares maliciosos, além de links para qualquer um deles.",
    // yahoo.policy_reasons_579
    "O Yahoo envia isto quando a mensagem falha nas verificações DKIM, SPF ou DMARC dele, muitas vezes porque o domínio do `From` publica uma política DMARC em que a mensagem não passa.",
    // yahoo.unauthenticated_sender
    "O Yahoo exige que todo remetente passe no SPF ou no DKIM; remetentes em massa precisam passar nos dois e ter uma política DMARC.",
    // yahoo.unresolvable_from_domain
    "O Yahoo verifica o domínio do `MAIL FROM` e o do cabeçalho `From` com uma consulta SOA; por isso, um subdomínio usado ali precisa ter o próprio registro SOA, além de registros A ou MX.",
    // yahoo.not_rfc_compliant
    "O Yahoo cita, entre as causas, campos de cabeçalho duplicados ou mal formatados e tipos MIME errados.",
    // yahoo.resources_unavailable
    "Segundo o Yahoo, os servidores dele estavam ocupados; isso normalmente se resolve em pouco tempo, sem nenhuma mudança.",
    // yahoo.vs1_unknown_recipients
    "O Yahoo envia `VS1-IP` e `VS1-MF` quando um servidor envia para muitos destinatários inválidos, o que ele trata como sinal de relay aberto; remova os endereços que geram devolução.",
    // yahoo.aol_rly_b1
    "A AOL aplica este bloqueio automático quando as reclamações de membros passam do limite dela e o retira em até 24 horas depois que as reclamações diminuem; a AOL recomenda um feedback loop de reclamações.",
    // yahoo.aol_rtr_du
    "A AOL usa listas da Spamhaus de endereços dinâmicos e residenciais e não aceita e-mails enviados diretamente desses endereços.",
    // yahoo.aol_rtr_bb
    "A AOL recusa endereços que ela lista como dinâmicos ou residenciais; o bloqueio pode ser retirado a pedido depois que o servidor tiver um nome de host completo (FQDN).",
    // yahoo.aol_rtr_rd
    "A AOL recusa e-mails quando o nome de DNS reverso do endereço de envio parece o de um endereço dinâmico.",
    // yahoo.aol_rtr_bl
    "A AOL descreve isto como um bloqueio permanente do endereço IP por reputação ruim e pede aos remetentes que entrem no feedback loop de reclamações dela antes de abrir um pedido de suporte.",
    // yahoo.aol_rly_sn
    "A AOL recusa e-mails que usam um endereço reservado da AOL como `From` ou `Reply-To`, ou que se apresentam como de uma afiliada da AOL mas vêm de um endereço IP não autorizado.",
    // yandex.suspicion_of_spam
    "O filtro do Yandex considerou o conteúdo spam. Quando uma caixa postal só envia spam, o Yandex deixa de aceitar os e-mails dela por 24 horas; remetentes legítimos de e-mails em massa devem seguir os requisitos do Yandex para listas de e-mail honestas.",
    // yandex.blocked_by_spam_statistics
    "O Yandex bloqueia por 24 horas os e-mails de uma origem que só enviou spam; o bloqueio termina sozinho se o spam parar.",
    // yandex.client_host_blocked
    "No Yandex, esta linha faz parte do mesmo bloqueio de 24 horas para origens que só enviam spam, e não indica necessariamente a inclusão numa lista de bloqueio pública.",
    // yandex.policy_rejection_target
    "O Yandex bloqueou a conta do destinatário por violar o contrato de usuário. O dono pode desbloqueá-la preenchendo dados pessoais corretos ou entrando em contato com o suporte do Yandex.",
    // yandex.mailbox_size_exceeded
    "Isto geralmente significa que o destinatário quase não usa a caixa postal; ele precisa entrar no Yandex Mail pela web antes que ela volte a aceitar e-mails.",
    // yandex.no_such_user
    "O Yandex informa um destinatário desconhecido com `5.7.1`, o código normalmente usado para recusas por política; por isso, quem decide é o texto.",
    // yandex.recipient_rate_limit
    "O destinatário está recebendo e-mails num ritmo alto; por isso, o Yandex adia novos e-mails por enquanto, e uma tentativa posterior costuma dar certo. Aqui, o código `4.2.1` não significa que a caixa postal está desativada.",
    // zoho.unusual_sending_activity
    "O Zoho bloqueou a conta depois de uma atividade incomum nela; o código `5.4.6` não significa um loop de e-mail. Um bloqueio temporário é retirado depois de um tempo, ou antes disso pela página UnblockMe do Zoho ou pelo Admin Console.",
    // zoho.rejected_by_destination_domain
    "Um filtro configurado no Zoho pela organização que recebe a mensagem a recusou; só o administrador dessa organização pode mudá-lo.",
    // zoho.restricted_by_policy
    "Um filtro configurado no Zoho pela organização que recebe a mensagem a recusou; só o administrador dessa organização pode mudá-lo.",
    // zoho.temporary_system_error
    "O domínio que recebe a mensagem no Zoho não está aceitando e-mails no momento; uma tentativa posterior costuma dar certo. O código `4.3.1` não significa que a caixa postal está cheia.",
    // zoho.dmarc_rejected
    "Para um remetente `zoho.com`, isto geralmente significa que o endereço foi usado a partir de outro serviço ou aplicativo sem passar pelos servidores SMTP do Zoho.",
    // zoho.relaying_disallowed_as
    "O ZeptoMail recusa um endereço `From` cujo domínio não está entre os que a conta pode usar para enviar.",
    // zoho.subject_mandatory
    "O ZeptoMail recusa mensagens sem assunto; o código `5.2.1` que ele envia aqui não significa uma caixa postal desativada.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "O servidor encerrou a conexão?",
        "Com `421`, sim: o servidor encerra a sessão e não processa mais nada nela. Com `503`, não: a sessão continua aberta, e só o comando enviado fora de ordem foi recusado.",
        "O servidor precisa parar de atender esta sessão, por exemplo porque está sobrecarregado ou sendo desligado. Ele pode enviar `421` no lugar da saudação ou em resposta a qualquer comando.",
        "Conecte-se de novo mais tarde; a mensagem não tem culpa. Um servidor de envio a mantém na fila e tenta de novo sozinho.",
        "O cliente enviou um comando válido no momento errado da sessão, como `RCPT TO` antes de `MAIL FROM` ou `DATA` sem nenhum destinatário aceito.",
        "Corrija a ordem dos comandos no cliente, porque repetir a mesma sequência vai falhar de novo. Confira também a resposta que veio antes do `503`: muitas vezes uma recusa anterior é a causa.",
    ],
    // 450 vs 550
    [
        "A mesma tentativa pode dar certo mais tarde sem nenhuma mudança?",
        "Com `450`, sim: a caixa postal só está indisponível por enquanto, então uma nova tentativa com a mesma mensagem pode passar. Com `550`, não: a recusa é permanente, e algo precisa mudar antes.",
        "A caixa postal está ocupada ou bloqueada, ou uma política como o greylisting pede ao remetente que volte mais tarde. Costuma vir em resposta ao `RCPT TO` ou ao fim dos dados da mensagem.",
        "Em geral, nada: o servidor de envio coloca a mensagem na fila e tenta de novo. Se os atrasos durarem dias, o administrador do remetente lê o texto da resposta e entra em contato com o postmaster do destinatário.",
        "A caixa postal não existe, o remetente não tem acesso a ela ou a política local recusa o e-mail, por exemplo por causa de relay ou de uma verificação do remetente que falhou. O código estendido diz qual é o caso.",
        "Leia o código estendido: no caso de `5.1.1`, corrija o endereço; numa recusa por política, como `5.7.1`, o administrador do remetente verifica SPF, DKIM e listas de bloqueio. Não reenvie sem mudanças.",
    ],
    // 421 vs 450
    [
        "A recusa encerra a sessão inteira?",
        "Com `421`, sim: o servidor fecha a conexão e não processa mais nada nela. Com `450`, não: só esta caixa postal ou esta mensagem é adiada, e a sessão pode continuar.",
        "O servidor não consegue atender o cliente agora, por exemplo porque está sobrecarregado, aplicando greylisting ao host que se conecta ou sendo desligado. Ele envia `421` como saudação ou em resposta a qualquer comando.",
        "Deixe o servidor de envio se conectar de novo mais tarde, com intervalos crescentes. Se um mesmo endereço IP de envio continuar recebendo esse código, reduza a taxa de envio e verifique as listas de bloqueio.",
        "A caixa postal está ocupada ou bloqueada, ou uma verificação como o greylisting quer que esta mensagem volte mais tarde. O servidor responde assim ao `RCPT TO` ou ao fim dos dados da mensagem.",
        "O servidor de envio mantém a mensagem na fila para esse destinatário e tenta de novo mais tarde; os outros destinatários da sessão são tratados normalmente.",
    ],
    // 421 vs 451
    [
        "A conexão é fechada depois desta resposta?",
        "Com `421`, sim: o servidor desiste da sessão inteira e a fecha. Com `451`, não: só a etapa atual falhou, por causa de um erro local, e a conexão continua aberta.",
        "O serviço como um todo está indisponível no momento: o servidor está sobrecarregado, aplicando greylisting ou precisa ser desligado. Ele envia `421` como saudação ou em resposta a qualquer comando e fecha o canal.",
        "Conecte-se de novo mais tarde; o servidor de envio faz as novas tentativas no próprio ritmo. Se continuar acontecendo, leia o texto da resposta, que muitas vezes indica o motivo.",
        "Uma verificação ou consulta interna falhou enquanto o servidor tratava `MAIL FROM`, `RCPT TO` ou os dados da mensagem, por exemplo uma consulta DNS ou de banco de dados que não respondeu.",
        "Tente de novo mais tarde; a maioria dos casos se resolve sozinha. Se repetir, o operador do servidor que respondeu precisa achar nos logs o componente que está falhando.",
    ],
    // 452 vs 552
    [
        "O servidor de envio vai tentar de novo sozinho?",
        "Com `452`, sim: o servidor está sem espaço de armazenamento ou no limite de destinatários por enquanto, então a mensagem continua na fila. Com `552`, não: um limite de tamanho ou de armazenamento recusou o e-mail de vez, e ele volta ao remetente.",
        "O servidor está sem recursos neste momento: espaço livre em disco, espaço para o tamanho declarado com `SIZE` ou vagas dentro do limite de destinatários por mensagem.",
        "No caso de destinatários demais, entregue a mensagem aos que já foram aceitos e envie o restante numa transação posterior. No caso de armazenamento, tente de novo mais tarde; se persistir, o operador libera espaço.",
        "A mensagem é maior do que o servidor ou a caixa postal aceita, ou a caixa postal do destinatário está cheia (`5.2.2`). Pode vir em resposta ao `MAIL FROM` com `SIZE`, ao `RCPT TO` ou aos dados da mensagem.",
        "Reduza a mensagem, por exemplo enviando arquivos grandes como link, e fique abaixo do limite `SIZE` da resposta ao `EHLO`. Se a caixa postal estiver cheia, o destinatário precisa liberar espaço antes.",
    ],
    // 550 vs 553
    [
        "O problema é a forma como o endereço está escrito?",
        "Com `550`, não: o endereço pode ser lido, mas a caixa postal não existe ou a política recusa o e-mail. Com `553`, sim: o endereço está malformado, usa caracteres que o servidor recusa ou é ambíguo.",
        "A caixa postal não existe, o remetente não tem acesso a ela ou uma regra local, como as de relay ou de spam, rejeita o e-mail.",
        "Leia o código estendido: no caso de `5.1.1`, confirme o endereço com o destinatário; no caso de `5.7.1`, o administrador do remetente verifica SPF, DKIM e listas de bloqueio.",
        "O endereço em `MAIL FROM` ou `RCPT TO` viola as regras de sintaxe ou contém caracteres que o servidor não aceita, ou um nome passado ao `VRFY` corresponde a mais de um usuário.",
        "Confira o endereço caractere por caractere: exatamente um `@`, nenhum espaço nem colchete solto e um domínio completo. Corrija-o e envie de novo.",
    ],
    // 550 vs 551
    [
        "A resposta indica outro endereço para o destinatário?",
        "Com `550`, não: a caixa postal é recusada sem nenhuma pista de encaminhamento. Com `551`, sim: o usuário não é local aqui, e o texto geralmente indica o endereço a usar no lugar.",
        "A caixa postal não existe, o remetente não tem acesso a ela ou a política local recusa o e-mail. Domínios que não querem divulgar um novo endereço também respondem com `550`.",
        "Leia o código estendido e o texto; depois, corrija o endereço ou, numa recusa por política, peça ao administrador do remetente que investigue. Reenviar sem mudanças falha de novo.",
        "O destinatário se mudou ou seus e-mails são tratados em outro lugar, e o domínio de destino prefere revelar o novo endereço em vez de encaminhar ele mesmo a mensagem.",
        "Verifique se o endereço informado no texto é plausível, envie a mensagem para ele e atualize o contato. Se nenhum endereço for informado, pergunte ao destinatário por outro meio.",
    ],
    // 550 vs 554
    [
        "O servidor pode enviá-lo no lugar da saudação?",
        "Com `550`, não: ele responde a um comando, tipicamente recusando uma caixa postal, um remetente ou uma mensagem. Com `554`, sim: ele pode recusar a sessão inteira já na saudação e, nos demais casos, faz falhar a transação inteira.",
        "Um destinatário é desconhecido (`5.1.1`) ou não se permite relay para ele, o remetente é recusado ou a política rejeita a mensagem depois do `DATA`.",
        "No caso de destinatário desconhecido, corrija o endereço. Numa recusa por política, o administrador do remetente corrige os problemas de SPF, DKIM ou listas de bloqueio ou entra em contato com o postmaster do destinatário.",
        "O servidor recusa este cliente desde o início, nenhum destinatário tinha sido aceito quando o `DATA` chegou ou o conteúdo foi rejeitado depois dos dados da mensagem. É o código geral quando nenhum mais preciso se aplica.",
        "Leia o texto e o código estendido; reenviar sem mudanças não vai ajudar. Depois de uma saudação `554`, o administrador do domínio de envio verifica as listas de bloqueio ou entra em contato com o domínio de destino.",
    ],
    // 500 vs 501
    [
        "O servidor reconheceu a palavra de comando?",
        "Com `500`, não: o próprio comando era desconhecido, ou a linha era longa demais para ser lida. Com `501`, sim: o comando é conhecido, mas um endereço, parâmetro ou argumento depois dele é inválido.",
        "A palavra de comando está escrita errado ou é desconhecida para este servidor, ou a linha de comando passa do limite do padrão. Durante o `AUTH`, ele também indica uma linha de resposta longa demais.",
        "Corrija o cliente: escreva o comando corretamente, mantenha as linhas dentro do limite e use comandos de extensão só se a resposta ao `EHLO` os listar.",
        "O que vem depois do comando não é aceitável, como um endereço malformado em `MAIL FROM` ou `RCPT TO`, um argumento inválido no `EHLO` ou argumentos num comando que não aceita nenhum.",
        "Corrija os argumentos: endereços entre os sinais < e >, sem espaço em volta dos dois-pontos, nomes e valores de parâmetros válidos e nenhum argumento a mais. O texto da resposta muitas vezes aponta o defeito.",
    ],
    // 502 vs 504
    [
        "O servidor tem suporte ao comando em si?",
        "Com `502`, não: este servidor simplesmente não oferece o comando. Com `504`, sim: o comando tem suporte, mas a opção ou o valor informado com ele não, como um mecanismo de `AUTH`.",
        "O comando é reconhecido, mas não foi implementado ou foi desativado pelo operador; tipicamente `VRFY`, `EXPN` ou `HELP`. Servidores muito antigos respondem assim ao `EHLO`.",
        "Não repita o comando neste servidor: siga sem ele e recorra ao `HELO` se o `EHLO` tiver sido recusado. Se você realmente precisa do recurso, fale com o operador.",
        "O cliente pediu uma variante que o servidor não trata, na maioria das vezes um mecanismo de `AUTH` que ele não suporta ou não permite antes da criptografia (`5.5.4`).",
        "Escolha uma opção que o servidor ofereça: um mecanismo de `AUTH` listado na resposta ao `EHLO`, depois do `STARTTLS` se necessário. Caso contrário, envie o comando sem o parâmetro não suportado.",
    ],
    // 530 vs 535
    [
        "As credenciais foram verificadas e recusadas?",
        "Com `530`, não: nada foi verificado; o comando exige antes um login ou, em alguns servidores, o `STARTTLS`. Com `535`, sim: o servidor verificou o nome de usuário e a senha, ou outras credenciais, e os recusou.",
        "O cliente enviou `MAIL FROM` ou outro comando sem fazer login com `AUTH`, ou sem `STARTTLS` num servidor que exige criptografia.",
        "No programa de e-mail, ative a autenticação do servidor de saída e também o TLS, se o texto pedir. O software envia `STARTTLS`, depois `EHLO` de novo e então `AUTH`, tudo antes do `MAIL FROM`.",
        "Uma troca `AUTH` terminou com credenciais que não conferem: uma senha errada, um usuário desconhecido ou credenciais que não bastam para a conta. Geralmente vem com `5.7.8`.",
        "Confira e corrija o nome de usuário e a senha salvos no programa de e-mail; alguns provedores exigem uma senha separada para enviar. Não tente de novo com as mesmas credenciais.",
    ],
    // 550 vs X.1.1
    [
        "O código, por si só, diz que a caixa postal não existe?",
        "Com `550`, não: ele só diz que a ação foi recusada de vez, por esse ou por outro motivo, como uma política. Com `5.1.1`, sim: ele indica uma única causa, uma caixa postal inexistente num domínio que recebe e-mails.",
        "O servidor recusa de forma permanente um endereço ou uma mensagem: um destinatário desconhecido, um relay que ele não permite, um remetente recusado ou um e-mail rejeitado por política depois do `DATA`.",
        "Antes de agir, veja o código estendido e o texto depois do `550`: são eles que dizem se é preciso corrigir o endereço ou a configuração do remetente.",
        "O domínio do destinatário recebe e-mails, mas a caixa postal indicada antes do `@` não existe nele. Os servidores de destino geralmente o enviam como `550 5.1.1` em resposta ao `RCPT TO`.",
        "Confira a grafia da parte antes do `@` e confirme o endereço com o destinatário por outro canal. Reenviar para o mesmo endereço não vai ajudar.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "O servidor de envio vai continuar tentando sozinho?",
        "Com `4.7.1`, sim: a recusa por política é marcada como temporária, então a mensagem continua na fila e é tentada de novo. Com `5.7.1`, não: a recusa é permanente, e a mensagem volta ao remetente, a menos que algo mude.",
        "Uma regra de segurança ou de política recusa o remetente por enquanto, e o servidor espera que a condição passe. O registro da IANA lista o `451` entre as respostas que podem trazê-lo.",
        "Deixe o servidor de envio continuar tentando. Se ainda falhar depois de várias horas, procure no texto da resposta a regra envolvida e entre em contato com o postmaster do destinatário.",
        "A política não permite que este remetente envie para este destinatário: o relay é recusado, um filtro bloqueia o host ou o remetente, ou uma verificação SPF falhou. Tipicamente vem como `550 5.7.1`.",
        "Procure no texto a regra que foi aplicada. Faça login no seu próprio servidor em vez de usar relay, peça ao administrador do remetente que corrija o SPF ou o DMARC, ou peça a remoção à lista de bloqueio citada.",
    ],
    // X.1.0 vs X.1.1
    [
        "O código diz exatamente o que há de errado com o endereço?",
        "Com `X.1.0`, não: um problema de endereço é informado sem detalhes, e só o texto da resposta traz o motivo. Com `X.1.1`, sim: a caixa postal indicada antes do `@` não existe no domínio.",
        "Uma verificação do endereço do remetente ou de um destinatário falhou por um motivo que nenhum código de endereçamento específico cobre. Como `2.1.0`, ele apenas confirma um `MAIL FROM` aceito.",
        "Procure nos dois endereços erros de digitação, caracteres estranhos e domínio errado, e leia o texto depois do código. Se estiverem corretos, pergunte ao administrador do servidor que recusou.",
        "O domínio do destinatário aceita e-mails, mas a caixa postal não existe nele. Geralmente vem como `550 5.1.1` em resposta ao `RCPT TO` ou é informado numa mensagem de devolução.",
        "Corrija a parte antes do `@` ou peça ao destinatário o endereço atual; reenviar para o mesmo endereço vai falhar de novo.",
    ],
    // X.2.2 vs X.3.4
    [
        "O problema é o tamanho desta mensagem?",
        "Com `X.2.2`, não: a caixa postal do destinatário esgotou a cota, então nem uma mensagem pequena cabe. Com `X.3.4`, sim: a mensagem é maior do que o sistema de destino aceita para qualquer pessoa.",
        "A caixa postal de um destinatário atingiu a cota de armazenamento. O servidor responde ao `RCPT TO` ou ao fim dos dados da mensagem com `4.2.2`, ou com `552` e `5.2.2`.",
        "Avise o destinatário por outro canal; só ele ou o administrador dele pode liberar espaço ou aumentar a cota. Depois de `4.2.2`, seu servidor tenta de novo; depois de `5.2.2`, envie de novo mais tarde.",
        "A mensagem passa do tamanho máximo do sistema, avaliado pelo `SIZE` declarado no `MAIL FROM` ou pelo tamanho real depois dos dados. Vem como `5.3.4` com `552` ou `554`.",
        "Reduza a mensagem, por exemplo compartilhando arquivos grandes por link. Um número depois de `SIZE` na resposta ao `EHLO` é o limite do servidor em bytes.",
    ],
    // X.7.0 vs X.7.1
    [
        "O próprio código diz que este remetente não pode entregar a este destinatário?",
        "Com `X.7.0`, não: uma regra de segurança ou de política barrou o comando, mas o código não dá nenhum motivo. Com `X.7.1`, sim: a política não permite que este remetente entregue a este destinatário.",
        "Uma regra de segurança barrou um comando e nenhum código mais preciso é usado: `454 4.7.0` para uma falha temporária de login, `530 5.7.0` quando `AUTH` ou `STARTTLS` precisa vir antes, ou um bloqueio sem explicação.",
        "Depois de `530`, execute primeiro o `STARTTLS` ou faça login com `AUTH`; depois de `454`, tente de novo mais tarde sem mudar a senha. Nos demais casos, leia o texto ou pergunte ao postmaster.",
        "O destino recusa o relay, bloqueia com um filtro o host ou o remetente, ou rejeita um e-mail que falhou no SPF ou no DMARC.",
        "Procure no texto a regra que foi aplicada. Envie pelo seu próprio servidor de saída em vez de usar relay, e peça ao administrador do remetente que corrija os registros SPF, DKIM ou DMARC.",
    ],
    // 450 vs 451
    [
        "Algo falhou dentro do servidor?",
        "Com `450`, não: o servidor funcionou, mas a caixa postal está ocupada ou uma verificação como o greylisting quer uma tentativa posterior. Com `451`, sim: uma consulta ou um serviço dentro do servidor falhou enquanto ele tratava o comando.",
        "A caixa postal está ocupada ou bloqueada, ou o greylisting ou um bloqueio temporário adia este remetente. Os servidores o enviam depois do `RCPT TO` ou dos dados da mensagem.",
        "Deixe o servidor de envio tentar de novo; os e-mails retidos pelo greylisting passam numa tentativa posterior. Se os atrasos durarem dias, leia o texto da resposta e entre em contato com o postmaster do destinatário.",
        "Ao tratar `MAIL FROM`, `RCPT TO` ou os dados da mensagem, uma consulta ou um componente interno falhou, como uma consulta DNS ou de banco de dados que não respondeu.",
        "Deixe o servidor de envio tentar de novo mais tarde. Se repetir, o operador do servidor que respondeu procura nos logs o componente que está falhando, com a ajuda de códigos como `4.4.3`.",
    ],
    // 451 vs 452
    [
        "O servidor ficou sem espaço ou atingiu um limite de destinatários?",
        "Com `451`, não: algo dentro do servidor, como uma consulta, falhou enquanto ele tratava o comando. Com `452`, sim: falta espaço de armazenamento, ou a mensagem já tem tantos destinatários quanto o servidor aceita.",
        "Uma consulta DNS ou de banco de dados ou um serviço interno falhou enquanto o servidor tratava `MAIL FROM`, `RCPT TO` ou os dados da mensagem.",
        "Tente de novo mais tarde; a maioria dos casos se resolve sozinha. Se repetir, o operador do servidor que respondeu precisa achar nos logs o componente que está falhando.",
        "Falta ao servidor espaço em disco para a mensagem ou para o tamanho declarado com `SIZE`, ou o `RCPT TO` passou do limite de destinatários por mensagem.",
        "Envie aos destinatários já aceitos e o restante numa transação posterior. No caso de armazenamento, tente de novo mais tarde enquanto o operador libera espaço.",
    ],
    // 550 vs 552
    [
        "O problema é o tamanho do e-mail ou o espaço da caixa postal?",
        "Com `550`, não: o endereço ou o e-mail é recusado por outro motivo, como uma caixa postal desconhecida ou uma política. Com `552`, sim: a mensagem é grande demais, ou o espaço do destinatário se esgotou.",
        "O destinatário é desconhecido, o relay não é permitido, o remetente é recusado ou a política rejeita a mensagem depois do `DATA`.",
        "Leia o código estendido: no caso de `5.1.1`, corrija o endereço; numa recusa por política, como `5.7.1`, o administrador do remetente verifica SPF, DKIM e listas de bloqueio.",
        "O `SIZE` declarado ou a mensagem real passa do limite do servidor ou da caixa postal, ou a caixa postal do destinatário está cheia (`5.2.2`).",
        "Reduza a mensagem, por exemplo enviando arquivos grandes como link em vez de anexá-los. Se a caixa postal estiver cheia, o destinatário precisa liberar espaço.",
    ],
    // 534 vs 535
    [
        "A mesma senha poderia funcionar com outro mecanismo de login?",
        "Com `534`, sim: só o mecanismo escolhido foi recusado, por ser fraco demais para esta conta. Com `535`, não: as próprias credenciais não foram aceitas e precisam ser corrigidas.",
        "O cliente indicou um mecanismo de `AUTH` mais fraco do que a política do servidor permite para esse usuário. Vem com `5.7.9`.",
        "Repita o `AUTH` com um mecanismo mais forte da resposta ao `EHLO`, ou mude o método de autenticação no programa de e-mail. Uma senha nova não vai ajudar.",
        "No fim do `AUTH`, a senha estava errada, o usuário era desconhecido ou as credenciais não bastavam para a conta. Geralmente vem com `5.7.8`.",
        "Corrija o nome de usuário e a senha salvos no programa de e-mail; alguns provedores exigem uma senha separada para enviar e-mails.",
    ],
    // 534 vs 538
    [
        "Criptografar a conexão bastaria para este mecanismo?",
        "Com `534`, não: a política exige um mecanismo mais forte para este usuário, então o cliente precisa escolher outro. Com `538`, sim: o mecanismo é permitido, mas só numa conexão criptografada.",
        "O mecanismo indicado no `AUTH` é mais fraco do que o servidor permite para essa conta (`5.7.9`).",
        "Escolha um mecanismo mais forte na lista que vem depois de `AUTH` na resposta ao `EHLO`, ou mude o método de autenticação no programa de e-mail.",
        "Um servidor antigo recebeu `AUTH` com um mecanismo, tipicamente de texto puro, numa conexão que não executou `STARTTLS` (`5.7.11`). A RFC 4954 tornou este código obsoleto.",
        "Envie `STARTTLS`, depois `EHLO` de novo, e repita o `AUTH` pela conexão criptografada; num programa de e-mail, ative o TLS para o servidor de saída.",
    ],
    // 454 vs 535
    [
        "As credenciais foram consideradas erradas?",
        "Com `454`, não: o servidor não conseguiu verificá-las, ou não conseguiu iniciar o TLS, por causa de uma falha temporária do lado dele. Com `535`, sim: o servidor verificou as credenciais e as recusou.",
        "O serviço que verifica as senhas não responde durante o `AUTH`, ou a configuração de TLS está inutilizável quando chega o `STARTTLS`, por exemplo porque o certificado não pode ser carregado.",
        "Não mude a senha; tente de novo mais tarde. Se o problema durar, o operador do servidor precisa verificar o serviço de autenticação ou a configuração de TLS.",
        "Uma troca `AUTH` terminou com uma senha errada, um usuário desconhecido ou credenciais que não bastam para a conta.",
        "Corrija o nome de usuário e a senha no programa de e-mail. O software cliente deve pedir os dados ao usuário de novo em vez de repetir as mesmas credenciais.",
    ],
    // 220 vs 554
    [
        "O servidor está disposto a atender este cliente?",
        "Com `220`, sim: o servidor está pronto, e o cliente continua com `EHLO`. Com `554`, não: enviado como saudação, ele recusa o cliente de cara, e nenhum e-mail pode ser enviado nesta sessão.",
        "O servidor está pronto para o cliente que acabou de se conectar ou, em resposta ao `STARTTLS`, pronto para iniciar o handshake TLS.",
        "Envie `EHLO`. Depois de um `220` em resposta ao `STARTTLS`, conclua primeiro o handshake e então envie `EHLO` de novo.",
        "O servidor recusa este cliente desde o início (“No SMTP service here”), geralmente porque a política bloqueia o host ou o endereço IP de envio.",
        "Envie `QUIT` e não tente de novo sem mudanças. O administrador do domínio de envio verifica se o endereço IP está em listas de bloqueio ou entra em contato com o domínio de destino.",
    ],
    // 250 vs 251
    [
        "A resposta diz que o destinatário mudou para outro endereço?",
        "Com `250`, não: o comando simplesmente deu certo, e um servidor pode até encaminhar sem avisar. Com `251`, sim: o usuário não é local, e o servidor vai encaminhar a mensagem para o endereço que indica.",
        "O comando funcionou: um `EHLO`, `MAIL FROM` ou `RCPT TO` aceito ou, depois do ponto final, uma mensagem pela qual o servidor assumiu a responsabilidade.",
        "Não há nada a corrigir; siga com o próximo comando. Se uma mensagem aceita depois dos dados nunca chegar, ela se perdeu depois deste servidor.",
        "O destinatário do `RCPT TO` ou do `VRFY` se mudou, e o servidor aceita o e-mail e o repassa, indicando o novo endereço. Em resposta ao `ETRN`, significa que não há e-mails aguardando.",
        "Não é preciso fazer nada com esta mensagem. O remetente pode atualizar o catálogo de endereços para que os próximos e-mails sigam direto para o novo endereço.",
    ],
    // 250 vs 252
    [
        "Em resposta ao `VRFY`, o servidor confirma o endereço?",
        "Com `250`, sim: o servidor verificou o usuário e indica a caixa postal. Com `252`, não: ele aceita e-mails para o endereço e tenta entregá-los, mas não diz nada sobre a existência da caixa postal.",
        "O servidor verificou o usuário indicado no `VRFY` ou no `EXPN` e responde com a caixa postal. Para outros comandos, o `250` apenas informa sucesso.",
        "Não há nada a corrigir; a resposta é a confirmação do servidor para esse endereço.",
        "O servidor não confirma endereços, muitas vezes porque isso ajuda spammers a coletá-los; por isso, responde assim a todo `VRFY` e `EXPN`.",
        "Não trate a resposta como prova de que a caixa postal existe. Só enviando uma mensagem, e vendo se ela volta, é possível saber.",
    ],
    // 250 vs 354
    [
        "O servidor aceitou a mensagem para entrega?",
        "Com `250` depois do ponto final, sim: o servidor assumiu a responsabilidade pela mensagem. Com `354`, não: o servidor só está aguardando a mensagem, e nada foi aceito ainda.",
        "Depois do ponto final da mensagem, ou do último bloco `BDAT`, o servidor ficou com a mensagem e vai entregá-la ou, mais tarde, enviar uma mensagem de devolução. Ele também aceita comandos comuns com `250`.",
        "Não há nada a corrigir. Se a mensagem nunca chegar, rastreie-a nos logs desse servidor com o ID de fila que muitos servidores incluem no texto da resposta.",
        "O servidor aceitou o `DATA`, depois que pelo menos um destinatário foi aceito, e agora aguarda o cabeçalho, o corpo e uma linha com um único ponto.",
        "Envie a mensagem, termine com a linha do ponto e aguarde a resposta final. Se as sessões travarem aqui, procure um link lento ou instável entre os servidores.",
    ],
    // 220 vs 421
    [
        "O servidor está pronto para atender esta sessão?",
        "Com `220`, sim: a saudação convida o cliente a continuar com `EHLO`. Com `421`, não: o servidor não pode atender agora e fecha a conexão, embora uma tentativa posterior possa funcionar.",
        "O servidor está pronto para o cliente que acabou de se conectar, ou pronto para criptografar a conexão depois do `STARTTLS`.",
        "Continue com `EHLO`, ou conclua primeiro o handshake TLS e então envie `EHLO` de novo.",
        "O servidor está sobrecarregado, aplicando greylisting ao cliente ou sendo desligado; por isso, usa `421` como saudação, ou responde com ele a qualquer comando, e fecha o canal.",
        "Deixe o servidor de envio colocar a mensagem na fila e se conectar de novo mais tarde, com intervalos crescentes. Se continuar acontecendo, procure o motivo no texto.",
    ],
    // 221 vs 421
    [
        "Foi o cliente que pediu para encerrar a conexão?",
        "Com `221`, sim: é a resposta ao `QUIT`, uma despedida ordenada. Com `421`, não: o servidor fecha a conexão por conta própria porque não consegue continuar.",
        "O cliente enviou `QUIT` no fim da sessão. Tudo o que o servidor confirmou antes na sessão continua confirmado.",
        "Não há nada a corrigir. Se uma entrega falhou na mesma sessão, veja a resposta logo antes do `QUIT`.",
        "O servidor está sobrecarregado ou precisa ser desligado; por isso, recusa a saudação ou encerra a sessão depois de qualquer comando.",
        "Tente de novo mais tarde numa nova sessão; a mensagem não tem culpa. Uma transação que ainda não tinha sido confirmada quando a conexão foi fechada precisa ser enviada de novo.",
    ],
    // 421 vs 521
    [
        "O servidor poderia aceitar e-mails se o cliente tentasse de novo mais tarde?",
        "Com `421`, sim: o serviço só está indisponível por enquanto. Com `521`, não: o host nunca aceita e-mails para ninguém, então tentar de novo não adianta.",
        "Sobrecarga, greylisting ou um desligamento impedem o servidor de atender a sessão; por isso, ele envia `421` no lugar da saudação ou em resposta a qualquer comando.",
        "Coloque a mensagem na fila e tente de novo mais tarde, com intervalos crescentes; nada na mensagem precisa mudar.",
        "O host é um servidor de e-mail fictício, mantido para um host ou domínio que não recebe e-mails, e saúda todo cliente com `521` no lugar de `220`.",
        "Não tente de novo com este host. Procure erros de digitação no domínio do destinatário e peça outro endereço; se o domínio deveria receber e-mails, o administrador dele precisa apontar os registros MX para um servidor de e-mail de verdade.",
    ],
    // 521 vs 554
    [
        "O host recusa e-mails de todo mundo?",
        "Com `521`, sim: é um host que não aceita e-mail nenhum. Com `554`, não: o servidor recebe e-mails em geral, mas recusa este cliente, esta transação ou este conteúdo.",
        "O host existe só para dizer que não recebe e-mails, tipicamente para um domínio sem serviço de e-mail, e saúda todo cliente com `521`.",
        "Não tente de novo com este host. Procure erros de digitação no domínio do destinatário e peça outro endereço; se o domínio deveria receber e-mails, o administrador dele corrige os registros MX.",
        "O servidor recusa este cliente na saudação, geralmente por política, ou faz falhar uma transação, por exemplo com um conteúdo rejeitado depois dos dados da mensagem.",
        "Leia o texto e o código estendido. Depois de uma saudação recusada, o administrador do domínio de envio verifica as listas de bloqueio ou entra em contato com o domínio de destino; nos outros casos, altere o conteúdo recusado.",
    ],
    // 454 vs 530
    [
        "O cliente pulou uma etapa obrigatória?",
        "Com `454`, não: o cliente tentou a etapa, mas o servidor não conseguiu concluí-la por causa de uma falha temporária. Com `530`, sim: o comando exige `AUTH`, ou `STARTTLS`, antes que o servidor o execute.",
        "O servidor não consegue verificar as credenciais durante o `AUTH` porque o serviço de senhas não responde, ou não consegue iniciar o TLS depois do `STARTTLS`.",
        "Tente de novo mais tarde sem mudar a senha. Se persistir, o operador do servidor verifica o serviço de autenticação ou a configuração de TLS.",
        "`MAIL FROM` ou outro comando chegou antes de um login, ou antes da criptografia num servidor que exige TLS.",
        "No programa de e-mail, ative a autenticação e também o TLS, se o texto pedir. O software envia `STARTTLS`, `EHLO` e `AUTH` antes do `MAIL FROM`.",
    ],
    // 500 vs 502
    [
        "O servidor conhece o comando?",
        "Com `500`, não: a palavra de comando é desconhecida ou está escrita errado, ou a linha é longa demais para ser lida. Com `502`, sim: o servidor reconhece o comando, mas não o implementa ou o desativou.",
        "O comando está escrito errado ou é desconhecido, por exemplo uma extensão que o servidor nunca ofereceu, ou a linha passa do limite de tamanho.",
        "Corrija o comando no cliente: acerte a grafia, encurte a linha e use comandos de extensão só se a resposta ao `EHLO` os listar.",
        "Um comando conhecido, como `VRFY`, `EXPN` ou `HELP`, não está disponível aqui. Servidores muito antigos respondem assim ao `EHLO` porque só conhecem o `HELO`.",
        "Siga sem o comando e recorra ao `HELO` se o `EHLO` for recusado. Se você precisa do recurso, pergunte ao operador se ele pode ser ativado.",
    ],
    // 500 vs 503
    [
        "O comando era válido em si?",
        "Com `500`, não: o servidor não o reconheceu. Com `503`, sim: o comando está correto, mas chegou no momento errado da sessão.",
        "A linha contém um comando desconhecido ou escrito errado, ou passa do limite de tamanho do padrão.",
        "Corrija o comando no cliente; a mesma linha vai falhar de novo se for reenviada.",
        "Um comando válido chegou fora de ordem, como `DATA` antes de qualquer destinatário aceito ou `RCPT TO` antes de `MAIL FROM`.",
        "Corrija a ordem dos comandos ou envie `RSET` para recomeçar do zero. Verifique se uma recusa anterior deixou a transação sem remetente ou sem destinatário.",
    ],
    // 501 vs 503
    [
        "O problema estava nos argumentos do comando?",
        "Com `501`, sim: um endereço, parâmetro ou argumento está malformado ou fora do intervalo permitido. Com `503`, não: o comando e os argumentos estão corretos, mas ele foi enviado na hora errada.",
        "O cliente enviou um endereço malformado em `MAIL FROM` ou `RCPT TO`, um argumento inválido no `EHLO` ou argumentos num comando que não aceita nenhum.",
        "Corrija os argumentos no cliente; o texto depois do código muitas vezes aponta a parte com defeito.",
        "Um segundo `MAIL FROM` chegou dentro de uma transação aberta, um `RCPT TO` veio antes do `MAIL FROM` ou um `AUTH` veio depois de um login bem-sucedido.",
        "Corrija a ordem dos comandos no cliente, ou envie `RSET` e comece a transação de novo.",
    ],
    // 502 vs 503
    [
        "O comando seria aceito em outro momento da sessão?",
        "Com `502`, não: este servidor não implementa o comando, ou o desativou, seja qual for o momento do envio. Com `503`, sim: o comando tem suporte e só veio fora de ordem.",
        "O cliente usou `VRFY`, `EXPN`, `HELP` ou, em servidores muito antigos, `EHLO`, e o servidor não oferece esse comando. Servidores de relay sob demanda recusam assim a maioria dos comandos.",
        "Pare de enviar o comando a este servidor e siga sem ele.",
        "Um comando válido chegou quando a sessão não estava pronta para ele, como um `DATA` sem nenhum destinatário aceito.",
        "Corrija a ordem dos comandos do cliente: `EHLO`, `AUTH` se necessário, `MAIL FROM`, um ou mais `RCPT TO` e então `DATA`.",
    ],
    // 503 vs 554
    [
        "O comando foi apenas enviado na hora errada?",
        "Com `503`, sim: um comando válido veio fora de ordem. Com `554`, não: o servidor recusa a sessão ou a transação em si, por exemplo porque nenhum destinatário era válido ou porque o conteúdo foi rejeitado.",
        "O cliente enviou `RCPT TO` antes de `MAIL FROM` ou `DATA` sem destinatário aceito, ou continuou enviando comandos depois que uma saudação `554` recusou a sessão.",
        "Corrija a ordem dos comandos. Se a sessão começou com `554`, essa saudação é o problema real.",
        "O servidor recusa o cliente na saudação, faz falhar o `DATA` porque nenhum destinatário foi aceito ou rejeita o conteúdo depois dos dados da mensagem.",
        "Leia o texto e o código estendido. Numa saudação recusada, o administrador do domínio de envio verifica as listas de bloqueio; um conteúdo rejeitado precisa ser alterado.",
    ],
    // 501 vs 504
    [
        "A sintaxe do comando estava correta?",
        "Com `501`, não: um argumento está malformado, repetido ou fora do intervalo permitido. Com `504`, sim: o comando está bem formado, mas o servidor não oferece a opção ou o valor que ele indica.",
        "Um endereço, parâmetro ou argumento viola a sintaxe, por exemplo um endereço malformado ou dados enviados durante o `AUTH` que não são Base64 válido.",
        "Corrija os argumentos no cliente, conferindo nomes e valores de parâmetros na extensão que os define.",
        "O cliente pediu algo que o servidor não implementa, na maioria das vezes um mecanismo de `AUTH` que ele não suporta ou não permite nesta conexão.",
        "Escolha um mecanismo de `AUTH` listado na resposta ao `EHLO`, executando antes o `STARTTLS` se necessário, ou envie o comando sem o parâmetro.",
    ],
    // 501 vs 553
    [
        "A resposta pode tratar de algo além de um nome de caixa postal?",
        "Com `501`, sim: ele cobre qualquer argumento ou parâmetro malformado, e um endereço é só um dos casos. Com `553`, não: ele sempre trata de um nome de caixa postal malformado, não permitido ou ambíguo.",
        "Um argumento está malformado: um endereço com defeito, um argumento inválido no `EHLO`, um valor errado de parâmetro de extensão ou argumentos num comando que não aceita nenhum.",
        "Corrija a linha de comando; o texto da resposta muitas vezes indica a parte com defeito.",
        "O endereço em `MAIL FROM` ou `RCPT TO` tem sintaxe errada ou caracteres que o servidor não aceita, como caracteres não ASCII, ou um nome passado ao `VRFY` corresponde a vários usuários.",
        "Confira o endereço caractere por caractere e corrija-o. No caso de um endereço não ASCII, use o endereço só em ASCII do destinatário, se houver um.",
    ],
    // 501 vs 555
    [
        "O problema é um parâmetro de extensão que o servidor não suporta?",
        "Com `501`, não: o comando ou o parâmetro é conhecido, mas o argumento está escrito errado. Com `555`, sim: um parâmetro de `MAIL FROM` ou `RCPT TO` é desconhecido ou não é implementado aqui.",
        "Um endereço está malformado, um argumento está fora do intervalo permitido ou um parâmetro de extensão tem um valor inválido.",
        "Corrija o argumento; o texto depois do código muitas vezes o aponta.",
        "O cliente acrescentou um parâmetro como `SMTPUTF8`, `REQUIRETLS` ou `MT-PRIORITY` que o servidor não anunciou depois do `EHLO`.",
        "Envie só os parâmetros listados na resposta ao `EHLO`, ou retire o parâmetro. Se a mensagem precisa da extensão, envie-a por um servidor que a suporte.",
    ],
    // 504 vs 555
    [
        "Ele pode vir em resposta ao `AUTH`?",
        "Com `504`, sim: ele recusa uma opção de muitos comandos, na maioria das vezes um mecanismo de `AUTH`. Com `555`, não: ele só responde a `MAIL FROM` e `RCPT TO`, por causa de um parâmetro de extensão que o servidor não conhece.",
        "O comando tem suporte, mas a variante pedida não: um mecanismo de `AUTH`, um argumento de `VRFY`, `EXPN` ou `HELP`, ou um parâmetro de conversão de conteúdo.",
        "Use uma opção que o servidor ofereça, como um mecanismo da resposta ao `EHLO`, ou deixe o parâmetro de fora.",
        "`MAIL FROM` ou `RCPT TO` trouxe um parâmetro que o servidor não anunciou, ou um prazo do Deliver By que ele nunca vai conseguir cumprir.",
        "Envie só os parâmetros anunciados, ou retire o que foi recusado; se a mensagem depende dele, entregue-a por outro servidor.",
    ],
    // 455 vs 555
    [
        "Os mesmos parâmetros poderiam ser aceitos mais tarde?",
        "Com `455`, sim: o servidor entendeu os parâmetros, mas não consegue atendê-los no momento. Com `555`, não: ele não os reconhece ou não os implementa, então eles falham todas as vezes.",
        "Um parâmetro de `MAIL FROM` ou `RCPT TO` pede algo que o servidor não pode oferecer agora, como um prazo do Deliver By que as condições atuais tornam impossível.",
        "Tente de novo mais tarde. Se continuar acontecendo, envie sem o parâmetro ou afrouxe o valor dele, por exemplo com um prazo mais longo.",
        "Um parâmetro de `MAIL FROM` ou `RCPT TO` não foi anunciado depois do `EHLO`; portanto, o servidor não tem suporte a ele.",
        "Retire o parâmetro, ou envie por um servidor que tenha suporte à extensão.",
    ],
    // 504 vs 534
    [
        "O mecanismo é recusado só para a conta deste usuário?",
        "Com `504`, não: o servidor não suporta o mecanismo, ou não o permite nesta conexão. Com `534`, sim: a política do servidor exige um mecanismo mais forte para este usuário.",
        "O `AUTH` indicou um mecanismo que o servidor não implementa, ou que ele só permite depois do `STARTTLS` (`5.5.4`).",
        "Escolha um mecanismo da lista na resposta ao `EHLO`, executando antes o `STARTTLS` se o mecanismo desejado só for oferecido depois dele.",
        "O mecanismo indicado no `AUTH` é mais fraco do que a política permite para essa conta (`5.7.9`).",
        "Use um mecanismo mais forte; num programa de e-mail, mude o método de autenticação. Uma senha nova não vai ajudar.",
    ],
    // 504 vs 538
    [
        "É a resposta que os servidores atuais devem enviar?",
        "Com `504`, sim: a RFC 4954 determina que os servidores atuais recusem com ele um mecanismo sem suporte ou ainda não oferecido. Com `538`, não: ele é obsoleto, enviado por servidores antigos para exigir criptografia antes desse mecanismo.",
        "O `AUTH` indica um mecanismo que o servidor não suporta, ou que ele não oferece numa conexão sem criptografia.",
        "Escolha um mecanismo listado na resposta atual ao `EHLO`; depois do `STARTTLS` e de um novo `EHLO`, outros mecanismos podem ser oferecidos.",
        "Um servidor antigo recebeu `AUTH` com um mecanismo, geralmente de texto puro, antes do `STARTTLS` (`5.7.11`).",
        "Envie `STARTTLS`, depois `EHLO` de novo, e repita o `AUTH`. Os operadores de servidor devem parar de enviar este código.",
    ],
    // 530 vs 550
    [
        "A falta de login ou de criptografia é o único problema?",
        "Com `530`, sim: o servidor só quer `AUTH`, ou em alguns servidores `STARTTLS`, antes de continuar. Com `550`, não: a própria caixa postal ou a própria mensagem é recusada, por exemplo por um endereço desconhecido ou por uma regra de política.",
        "`MAIL FROM` ou um comando posterior chegou antes do `AUTH`, ou antes do `STARTTLS` num servidor que exige TLS.",
        "No programa de e-mail, ative a autenticação do servidor de saída e também o TLS, se o texto pedir; depois, envie de novo.",
        "O destinatário é desconhecido, o relay é recusado, o remetente está bloqueado ou a política rejeita a mensagem.",
        "Siga o código estendido: no caso de `5.1.1`, corrija o endereço; no caso de `5.7.1`, envie pelo seu próprio servidor autenticado ou corrija a configuração do remetente.",
    ],
    // 550 vs 556
    [
        "A recusa vale para todos os endereços do domínio?",
        "Com `550`, não: uma caixa postal, um remetente ou uma mensagem é recusado, e outros endereços do domínio podem funcionar. Com `556`, sim: o domínio declara que não recebe e-mail nenhum.",
        "Uma caixa postal é desconhecida, o remetente não pode usá-la ou a política rejeita este e-mail.",
        "Leia o código estendido: corrija o endereço, ou peça ao administrador do remetente que resolva o problema de política.",
        "Um servidor de relay ou de submissão encontra um registro MX nulo para o domínio do destinatário e recusa o `RCPT TO` sem nem tentar se conectar (`5.1.10`).",
        "Procure erros de digitação no domínio depois do `@` e peça um endereço que funcione. O dono de um domínio que quer receber e-mails substitui o MX nulo por registros MX reais.",
    ],
    // 552 vs 554
    [
        "O próprio código de resposta diz que o problema foi o tamanho ou o armazenamento?",
        "Com `552`, sim: o significado dele é um limite de tamanho ou de armazenamento excedido. Com `554`, não: por si só ele não indica nenhuma causa, e só o código estendido, como `5.3.4`, ou o texto pode dizer o que falhou.",
        "O `SIZE` declarado no `MAIL FROM` passa do limite, os dados da mensagem se revelam grandes demais ou a caixa postal do destinatário está cheia.",
        "Reduza a mensagem ou envie os arquivos grandes como link. Se a caixa postal estiver cheia, o destinatário precisa liberar espaço.",
        "O servidor recusa o cliente na saudação, não encontra nenhum destinatário aceito no `DATA` ou rejeita o conteúdo depois dos dados da mensagem.",
        "Procure o motivo no texto e no código estendido e altere o que foi recusado; reenviar sem mudanças não vai ajudar.",
    ],
    // 553 vs 554
    [
        "O problema está num único endereço de caixa postal?",
        "Com `553`, sim: um nome de caixa postal está malformado, não é permitido ou é ambíguo. Com `554`, não: a transação ou a sessão inteira é recusada, não um endereço.",
        "O endereço em `MAIL FROM` ou `RCPT TO` está malformado ou usa caracteres que o servidor não aceita, ou um nome passado ao `VRFY` é ambíguo.",
        "Corrija o endereço caractere por caractere e envie de novo.",
        "O servidor recusa o cliente na saudação, não tem nenhum destinatário válido no `DATA` ou rejeita o conteúdo.",
        "Leia o texto e o código estendido. Altere o conteúdo recusado, ou peça ao administrador do domínio de envio que resolva um bloqueio do host de envio.",
    ],
    // 251 vs 551
    [
        "O próprio servidor repassa a mensagem?",
        "Com `251`, sim: ele aceita o destinatário e encaminha o e-mail para o novo endereço. Com `551`, não: ele recusa o destinatário, e o próprio cliente precisa enviar para o novo endereço.",
        "O destinatário se mudou, e o servidor aceita o e-mail e o encaminha, indicando o novo endereço.",
        "Não é preciso fazer nada com esta mensagem; o remetente pode atualizar o catálogo de endereços.",
        "Os e-mails do destinatário são tratados em outro lugar, e o domínio de destino revela o novo endereço em vez de encaminhar.",
        "Verifique se o endereço informado no texto é plausível, envie a mensagem para ele e atualize o contato.",
    ],
    // 235 vs 535
    [
        "O login deu certo?",
        "Com `235`, sim: as credenciais foram aceitas para o restante da sessão. Com `535`, não: o servidor recusou o nome de usuário, a senha ou outras credenciais.",
        "Uma troca `AUTH` terminou com credenciais válidas, normalmente com o código estendido `2.7.0`.",
        "Siga com `MAIL FROM`. Se o envio ainda falhar, a causa está numa resposta posterior.",
        "Uma troca `AUTH` terminou com uma senha errada, um usuário desconhecido ou credenciais que não bastam para a conta, geralmente com `5.7.8`.",
        "Corrija as credenciais no programa de e-mail; o software cliente deve pedir os dados ao usuário de novo em vez de repeti-los.",
    ],
    // 235 vs 334
    [
        "A troca `AUTH` terminou?",
        "Com `235`, sim: o login deu certo. Com `334`, não: o servidor aguarda a próxima resposta do cliente na troca.",
        "O cliente concluiu o `AUTH` com credenciais que o servidor aceitou.",
        "Siga com `MAIL FROM` e o restante da transação.",
        "Depois do `AUTH`, e depois de cada resposta do cliente, o servidor envia dados em base64 definidos pelo mecanismo, possivelmente vazios, até a troca terminar.",
        "Responda com uma linha em base64, ou com `*` para cancelar. Se o login travar aqui, verifique se os dois lados suportam o mecanismo e se nada derruba a conexão.",
    ],
    // 334 vs 354
    [
        "O servidor está aguardando o conteúdo da mensagem?",
        "Com `334`, não: ele aguarda a próxima etapa de um login `AUTH`. Com `354`, sim: ele aceitou o `DATA` e aguarda a mensagem, que termina com uma linha contendo apenas um ponto.",
        "Durante o `AUTH`, o servidor envia dados definidos pelo mecanismo, como um desafio, e aguarda a resposta do cliente em base64.",
        "Envie a resposta em base64, ou `*` para cancelar o login.",
        "O servidor aceitou o `DATA`, depois que pelo menos um destinatário foi aceito, e aguarda o cabeçalho, o corpo e o ponto final.",
        "Envie a mensagem e a linha do ponto; depois, aguarde a resposta final.",
    ],
    // 432 vs 535
    [
        "A senha foi rejeitada?",
        "Com `432`, não: o servidor precisa de um login com `PLAIN` antes que o mecanismo escolhido possa funcionar para a conta. Com `535`, sim: as credenciais não foram aceitas.",
        "O servidor ainda não tem as credenciais da conta no formato que o mecanismo de `AUTH` solicitado exige (`4.7.12`).",
        "Faça login uma vez com `PLAIN`, somente por uma conexão criptografada, e depois volte ao mecanismo preferido.",
        "No fim do `AUTH`, a senha estava errada, o usuário era desconhecido ou as credenciais não bastavam para a conta.",
        "Corrija o nome de usuário e a senha salvos no programa de e-mail.",
    ],
    // 551 vs X.1.6
    [
        "Um novo endereço é informado?",
        "Com `551`, sim: o texto geralmente indica o endereço a usar no lugar. Com `X.1.6`, não: a caixa postal mudou, mas não se conhece nenhum endereço para encaminhamento.",
        "Os e-mails do usuário são tratados em outro lugar, e o domínio de destino revela o novo endereço em resposta ao `RCPT TO` ou ao `VRFY`.",
        "Verifique se o endereço indicado é plausível, envie a mensagem para ele e atualize o contato.",
        "Um endereço antigo, por exemplo de alguém que saiu de uma organização, não recebe mais e-mails, e o servidor não tem um novo endereço para oferecer.",
        "Remova o endereço dos contatos e das listas e peça à pessoa o endereço atual.",
    ],
    // X.2.2 vs X.2.3
    [
        "Uma mensagem menor caberia nesta caixa postal?",
        "Com `X.2.2`, não: a caixa postal esgotou a cota, e nada cabe até o destinatário liberar espaço. Com `X.2.3`, sim: a mensagem passa do limite de tamanho próprio desta caixa postal, então uma menor pode passar.",
        "A caixa postal do destinatário passou da cota de armazenamento, o que é detectado no `RCPT TO`, no fim dos dados da mensagem ou na entrega final.",
        "Avise o destinatário por outro canal; ele precisa apagar ou arquivar e-mails, ou o administrador dele precisa aumentar a cota. Depois de `4.2.2`, seu servidor tenta de novo; depois de `5.2.2`, envie de novo mais tarde.",
        "O destinatário tem um limite de tamanho menor que o limite geral do servidor, e a mensagem passa dele. Os servidores o enviam com `552`, geralmente depois dos dados da mensagem.",
        "Remova ou compacte os anexos, ou compartilhe arquivos grandes por link. Se o destinatário precisa receber arquivos grandes, o administrador dele pode aumentar o limite da caixa postal.",
    ],
    // X.1.1 vs X.1.2
    [
        "O domínio do destinatário recebe e-mails?",
        "Com `X.1.1`, sim: o domínio funciona, mas a caixa postal antes do `@` não existe nele. Com `X.1.2`, não: a parte depois do `@` não existe ou não pode receber e-mails.",
        "O servidor de destino conhece o domínio, mas não a caixa postal, e responde ao `RCPT TO` com `550 5.1.1`, ou um servidor mais adiante informa o erro numa mensagem de devolução.",
        "Confira a parte antes do `@` e confirme o endereço com o destinatário; a pessoa pode ter saído da organização ou mudado de endereço.",
        "Uma consulta DNS do domínio do destinatário não encontra esse domínio ou nenhum servidor de e-mail utilizável. Os servidores de envio o informam em mensagens de devolução, e servidores de relay podem recusar o `RCPT TO` com ele.",
        "Procure erros de digitação no domínio, como uma terminação escrita errado, e confirme-o com o destinatário. Se o domínio é seu, registre-o e publique registros MX corretos.",
    ],
    // X.1.1 vs X.2.1
    [
        "A caixa postal existe?",
        "Com `X.1.1`, não: não há caixa postal com esse nome no domínio. Com `X.2.1`, sim: a caixa postal existe, mas foi desligada para o recebimento de e-mails.",
        "O nome antes do `@` é desconhecido num domínio que recebe e-mails; por isso, o `RCPT TO` recebe `550 5.1.1`.",
        "Corrija o endereço ou peça ao destinatário o endereço atual; reenviar sem mudanças vai falhar de novo.",
        "O provedor suspendeu, bloqueou ou encerrou a conta sem ainda apagá-la. `4.2.1` indica um bloqueio por um tempo; `5.2.1`, um bloqueio que não vai ser retirado.",
        "Entre em contato com o destinatário por outro meio para obter um endereço que funcione ou para que a conta seja reativada. Depois de `4.2.1`, seu servidor tenta de novo sozinho.",
    ],
    // X.4.1 vs X.4.2
    [
        "Chegou a ser aberta uma conexão com o próximo servidor?",
        "Com `X.4.1`, não: o host nunca respondeu, porque estava ocupado, fora do ar ou inacessível. Com `X.4.2`, sim: uma conexão foi aberta, mas falhou antes que a transação fosse concluída.",
        "O servidor de envio não obteve resposta dos hosts de e-mail do destinatário: as conexões expiraram ou foram recusadas. Ele informa isso em avisos de atraso ou no próprio log.",
        "Aguarde as novas tentativas. Se durar horas, verifique os registros MX do domínio do destinatário, se os servidores dele estão funcionando e aceitando conexões e se nenhum firewall os bloqueia.",
        "O outro lado parou de responder durante a sessão, ou a conexão caiu, por exemplo no meio de uma longa transferência de `DATA`.",
        "Deixe o servidor de envio tentar de novo, tratando a transação como um `451` temporário. Se um mesmo destino continuar falhando, procure perda de pacotes e verifique os tempos limite dos dois lados.",
    ],
    // X.4.1 vs X.4.7
    [
        "A entrega terminou porque a mensagem ficou velha demais?",
        "Com `X.4.1`, não: ele indica o obstáculo real, um próximo host que não respondeu. Com `X.4.7`, sim: a mensagem ficou na fila além do tempo permitido, ou perdeu um prazo definido pelo remetente.",
        "As conexões com os hosts de e-mail do destinatário expiraram ou foram recusadas; por isso, o host parecia ocupado, fora do ar ou inacessível.",
        "Deixe o servidor de envio continuar tentando. Se durar horas, verifique os registros MX do destinatário, os servidores de e-mail dele e qualquer firewall no caminho.",
        "Um servidor de envio tentou entregar a um destino durante dias, sem sucesso, e desistiu, ou venceu um prazo definido com a extensão Deliver By.",
        "Procure na mensagem de devolução ou no log do servidor os erros das tentativas anteriores, corrija essa causa real e envie a mensagem de novo.",
    ],
    // X.7.1 vs X.7.26
    [
        "O código diz que várias verificações de autenticação falharam?",
        "Com `X.7.1`, não: ele só diz que a política recusa a entrega, o que pode ser relay, uma lista de bloqueio ou uma única verificação que falhou. Com `X.7.26`, sim: mais de uma verificação, como SPF, DKIM ou DNS reverso, falhou.",
        "O destino recusa o relay, bloqueia o host ou o remetente, ou rejeita uma mensagem que falhou no SPF ou no DMARC.",
        "Procure no texto a regra que foi aplicada. Use seu próprio servidor em vez de fazer relay; o administrador do remetente corrige o SPF ou o DMARC, ou pede a remoção à lista de bloqueio citada.",
        "A mensagem falhou em várias das verificações de autenticação do destino, e a política dele a recusa. Os servidores usam este código em vez de indicar só a primeira falha.",
        "O administrador do remetente corrige todas as verificações: todos os servidores de envio no SPF, assinaturas DKIM do domínio do `From` e DNS reverso correspondente. Uma mensagem de teste mostra cada resultado.",
    ],
    // X.7.23 vs X.7.24
    [
        "A verificação SPF chegou a um resultado?",
        "Com `X.7.23`, sim: o resultado foi “fail”, porque o registro do domínio não autoriza o endereço IP de envio. Com `X.7.24`, não: um erro interrompeu a verificação, seja um problema de DNS, seja um registro com defeito.",
        "O domínio do `MAIL FROM`, ou o nome `HELO`, publica um SPF que não cobre o endereço IP de envio, e a política do destino recusa esse tipo de e-mail.",
        "O administrador do remetente inclui todos os servidores de envio legítimos no registro SPF. Se o encaminhamento for a causa, o encaminhador deve reescrever o `MAIL FROM` para o próprio domínio.",
        "As consultas DNS do registro SPF expiram (`451 4.7.24`), ou o registro tem um erro de sintaxe, foi publicado duas vezes ou exige mais de 10 consultas (`550 5.7.24`).",
        "O administrador do remetente mantém exatamente um registro que comece com `v=spf1`, corrige erros de digitação e fica dentro das 10 consultas. Na forma temporária, garanta que o DNS responda de forma confiável.",
    ],
    // X.7.23 vs X.7.26
    [
        "O SPF foi a única verificação apontada como falha?",
        "Com `X.7.23`, sim: o resultado do SPF foi “fail”, e esse é o motivo informado. Com `X.7.26`, não: várias verificações de autenticação falharam, e o código não diz quais.",
        "O endereço IP de envio não está coberto pelo registro SPF do domínio do `MAIL FROM` ou do nome `HELO`, muitas vezes depois que um novo serviço de e-mail foi adicionado ou por causa de encaminhamento.",
        "Acrescente o servidor que falta, ou o `include:` do provedor, ao registro SPF único do domínio. No caso de encaminhamento, o encaminhador reescreve o `MAIL FROM` para o próprio domínio.",
        "Mais de uma verificação falhou, por exemplo num e-mail forjado ou num e-mail encaminhado que quebrou tanto o SPF quanto o DKIM. Uma falha de DMARC também significa que nenhum dos dois passou para o domínio do `From`.",
        "Corrija ao mesmo tempo o SPF, a assinatura DKIM pelo domínio do `From` e o DNS reverso; depois, confira cada resultado no cabeçalho `Authentication-Results` de uma mensagem de teste.",
    ],
    // X.5.1 vs X.5.2
    [
        "O comando estava bem formado?",
        "Com `X.5.1`, sim: o comando pôde ser lido, mas não tem suporte ou veio no momento errado da sessão. Com `X.5.2`, não: a sintaxe estava errada, ou a palavra de comando era desconhecida.",
        "O cliente enviou um comando sem suporte ou desativado, ou um comando fora de ordem, como `RCPT TO` antes de `MAIL FROM` ou qualquer comando antes de um `STARTTLS` obrigatório.",
        "Corrija o cliente: mantenha a ordem `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA` e use só comandos listados na resposta ao `EHLO`.",
        "Um comando estava malformado, ou uma resposta do `AUTH` não era Base64 válido. `550 5.5.2` também informa um registro SPF que não pode ser interpretado.",
        "Encontre o comando rejeitado no log SMTP e faça o cliente enviá-lo bem formado. No caso do SPF, o dono do domínio de envio conserta o registro.",
    ],
    // X.2.3 vs X.3.4
    [
        "O limite de tamanho vale só para este destinatário?",
        "Com `X.2.3`, sim: esta caixa postal tem um limite próprio, menor que o do servidor, e outros destinatários ainda podem receber a mensagem. Com `X.3.4`, não: a mensagem passa do máximo do sistema para todos os destinatários.",
        "A mensagem excede o limite de tamanho definido para a caixa postal de um destinatário. Vem com `552`, geralmente depois dos dados da mensagem.",
        "Reduza a mensagem, ou peça ao destinatário que o administrador dele aumente o limite da caixa postal.",
        "O `SIZE` declarado no `MAIL FROM`, ou o tamanho real depois dos dados, passa do tamanho máximo de mensagem que o sistema de destino aceita.",
        "Compartilhe arquivos grandes por link ou compacte-os, e fique abaixo do número que vem depois de `SIZE` na resposta do servidor ao `EHLO`.",
    ],
    // X.1.1 vs X.1.3
    [
        "O endereço estava bem formado?",
        "Com `X.1.1`, sim: o endereço pôde ser lido, mas essa caixa postal não existe. Com `X.1.3`, não: o endereço está malformado, então o servidor nem chegou a procurá-lo.",
        "O domínio recebe e-mails, mas não tem caixa postal com esse nome; o típico é um `550 5.1.1` em resposta ao `RCPT TO`.",
        "Confirme o endereço com o destinatário por outro canal e corrija-o.",
        "O endereço do destinatário tem caracteres proibidos ou espaços, falta ou sobra um `@`, faltam os sinais < e > ou ele é longo demais. Geralmente vem como `501 5.1.3`.",
        "Remova os caracteres estranhos e garanta que haja exatamente um `@` e um domínio válido. Desenvolvedores conferem se o `RCPT TO` traz só o endereço, entre os sinais < e >.",
    ],
    // X.1.1 vs X.1.6
    [
        "O servidor diz que o endereço já funcionou?",
        "Com `X.1.1`, não: o servidor só diz que não existe caixa postal com esse nome. Com `X.1.6`, sim: a caixa postal mudou, e não se conhece nenhum endereço para encaminhamento.",
        "O nome antes do `@` é desconhecido num domínio que recebe e-mails.",
        "Procure erros de digitação no endereço e confirme-o com o destinatário.",
        "O endereço pertence a alguém que saiu da organização ou mudou de provedor, e o servidor não tem um novo endereço para oferecer.",
        "Pare de usar o endereço, remova-o dos contatos e das listas de distribuição e peça à pessoa o endereço atual.",
    ],
    // X.1.2 vs X.1.10
    [
        "O domínio declarou que não recebe e-mails?",
        "Com `X.1.2`, não: o domínio não existe ou não tem um servidor de e-mail utilizável. Com `X.1.10`, sim: ele publica um MX nulo, uma declaração proposital de que não aceita e-mails.",
        "A consulta DNS do domínio do destinatário não encontra esse domínio ou nenhum servidor de e-mail utilizável.",
        "Procure erros de digitação no domínio e confirme o endereço. Se o domínio é seu, garanta que ele esteja registrado e publique registros MX ou de endereço.",
        "A consulta DNS encontra um MX nulo para o domínio do destinatário; por isso, os servidores recusam o `RCPT TO` na hora, geralmente com `556`.",
        "Procure um erro de digitação ou um domínio que imita outro e obtenha um endereço que funcione. Um dono de domínio que quer receber e-mails substitui o MX nulo por registros MX reais.",
    ],
    // X.1.3 vs X.1.7
    [
        "O endereço malformado é o do destinatário?",
        "Com `X.1.3`, sim: o endereço no `RCPT TO` não está bem formado. Com `X.1.7`, não: o malformado é o endereço do remetente, geralmente o do `MAIL FROM`.",
        "O endereço do destinatário tem caracteres proibidos, falta ou sobra um `@`, ou faltam os sinais < e >.",
        "Corrija o endereço do destinatário e envie de novo.",
        "Falta ao endereço do remetente um domínio ou um `@`, ou ele tem caracteres inválidos ou está sem os sinais < e >, muitas vezes porque um script, um formulário ou um dispositivo está mal configurado.",
        "Corrija o endereço do remetente nas configurações do programa ou do dispositivo. O `MAIL FROM` deve trazer só o endereço, entre os sinais < e >, sem nome de exibição.",
    ],
    // X.2.2 vs X.3.1
    [
        "O destinatário pode resolver isso apagando e-mails?",
        "Com `X.2.2`, sim: só a caixa postal dele passou da cota. Com `X.3.1`, não: o sistema de e-mail inteiro está sem espaço de armazenamento, e só o administrador do sistema pode acrescentar espaço.",
        "A caixa postal de um destinatário atingiu a cota; outros destinatários no mesmo servidor ainda podem receber a mensagem.",
        "Avise o destinatário por outro canal; ele apaga ou arquiva e-mails, ou o administrador dele aumenta a cota.",
        "O disco ou o armazenamento da fila do servidor se esgotou; por isso, ele responde ao `MAIL FROM`, ao `RCPT TO` ou aos dados da mensagem com `452 4.3.1`.",
        "Os remetentes aguardam enquanto a mensagem é tentada de novo; o administrador do servidor de destino libera espaço em disco ou acrescenta armazenamento.",
    ],
    // X.3.1 vs X.5.3
    [
        "O servidor está sem espaço de armazenamento?",
        "Com `X.3.1`, sim: o sistema de e-mail como um todo ficou sem espaço. Com `X.5.3`, não: a mensagem indica mais destinatários do que o servidor aceita numa transação.",
        "O disco ou o armazenamento da fila se esgotou, ou não há espaço para o `SIZE` declarado. Vem como `452 4.3.1`.",
        "O remetente não tem nada a fazer; o administrador do servidor de destino libera ou acrescenta armazenamento.",
        "O `RCPT TO` passou do limite de destinatários por mensagem do servidor; geralmente com `452`, às vezes com `451`, ou como um `5.5.3` permanente.",
        "Envie aos destinatários já aceitos e o restante numa nova transação; quem envia divide listas grandes ou usa uma lista de distribuição.",
    ],
    // X.4.3 vs X.4.4
    [
        "Foi o próprio serviço de diretório que não respondeu?",
        "Com `X.4.3`, sim: o DNS ou outro serviço de diretório estava inacessível ou não respondeu. Com `X.4.4`, não: o problema são os dados de roteamento, tipicamente um domínio sem registros MX ou de endereço utilizáveis.",
        "Uma consulta DNS necessária para a entrega expirou ou falhou do lado do servidor DNS, por exemplo durante uma verificação SPF (`451 4.4.3`).",
        "Deixe as novas tentativas seguirem. Se persistir, verifique o resolvedor DNS do servidor que informou o erro e os servidores de nomes do domínio afetado.",
        "O domínio do destinatário não existe, não tem registros MX ou de endereço utilizáveis ou só devolve um registro SOA; por isso, não se conhece o próximo salto.",
        "Procure erros de digitação no domínio do destinatário. Se ele estiver correto, o dono precisa publicar registros MX ou de endereço que levem a um servidor de e-mail acessível.",
    ],
    // X.7.8 vs X.7.9
    [
        "As próprias credenciais foram rejeitadas?",
        "Com `X.7.8`, sim: o nome de usuário, a senha ou outras credenciais estavam errados ou não bastavam. Com `X.7.9`, não: só o mecanismo de login foi recusado, por ser fraco demais, e a senha pode estar certa.",
        "Um servidor de submissão rejeita o `AUTH` com `535 5.7.8`, por exemplo porque o programa de e-mail ainda tem uma senha antiga salva.",
        "Digite de novo o nome de usuário e a senha do servidor de saída; alguns provedores exigem o endereço completo como nome de usuário, ou uma senha de aplicativo.",
        "O `AUTH` usou um mecanismo mais fraco do que a política do servidor permite para a conta, e a resposta é `534 5.7.9`.",
        "Escolha outro mecanismo entre os listados depois de `AUTH` na resposta ao `EHLO`, ou pergunte ao provedor qual ele exige.",
    ],
    // X.7.8 vs X.7.13
    [
        "Os dados de login estavam corretos?",
        "Com `X.7.8`, não: as credenciais estavam erradas ou não bastavam. Com `X.7.13`, sim: o login deu certo, mas a conta foi desativada e não pode enviar.",
        "O `AUTH` falhou e o servidor responde `535 5.7.8`, tipicamente porque uma senha antiga está salva no programa de e-mail.",
        "Corrija o nome de usuário e a senha do servidor de saída, ou use a senha de aplicativo separada que o provedor exige.",
        "Logo depois de um `AUTH` bem-sucedido, o provedor recusa uma conta que desligou, por exemplo por contas não pagas, abuso ou sinais de invasão.",
        "Pare de digitar a senha de novo. Entre em contato com o provedor para saber por que a conta foi desativada e pedir a reativação.",
    ],
    // X.7.7 vs X.7.20
    [
        "A mensagem é recusada porque o destino exige uma assinatura DKIM aprovada?",
        "Com `X.7.7`, não: a queixa é que a mensagem foi alterada depois da assinatura, então a verificação de integridade falhou. Com `X.7.20`, sim: o destino exige DKIM aprovado, e a mensagem não estava assinada ou todas as assinaturas falharam.",
        "Um verificador descobre que uma mensagem assinada ou protegida não corresponde mais à assinatura, muitas vezes porque um servidor reescreveu cabeçalhos ou acrescentou texto depois da assinatura.",
        "Descubra o que altera a mensagem depois da assinatura, como listas de distribuição, encaminhadores ou ferramentas de rodapé, e assine como último passo antes de ela sair.",
        "Um destino que exige DKIM recebeu uma mensagem sem assinatura, ou só com assinaturas que falharam, quando os dados da mensagem chegaram.",
        "Assine com DKIM todos os e-mails de saída e publique a chave pública em `<selector>._domainkey.<domain>`; depois, confira numa mensagem de teste se o DKIM foi aprovado.",
    ],
    // X.7.20 vs X.7.22
    [
        "Alguma assinatura DKIM foi aprovada?",
        "Com `X.7.20`, não: a mensagem não tinha assinatura, ou todas falharam. Com `X.7.22`, sim: as assinaturas foram verificadas, mas nenhuma foi feita pelo domínio do campo de cabeçalho `From`.",
        "Um destino que exige DKIM recebeu uma mensagem sem assinatura, ou com assinaturas que falharam, por exemplo porque a chave não está no DNS.",
        "Assine todos os e-mails de saída, publique a chave pública em `<selector>._domainkey.<domain>` e impeça alterações na mensagem depois da assinatura.",
        "Um serviço de e-mail assinou com o próprio domínio em vez do domínio do `From` do cliente, e o destino exige que os dois correspondam.",
        "Faça com que o domínio `d=` da assinatura seja o domínio do `From`, por exemplo configurando o DKIM com domínio personalizado oferecido pelo serviço.",
    ],
    // X.1.10 vs X.7.27
    [
        "É o domínio do destinatário que tem MX nulo?",
        "Com `X.1.10`, sim: o domínio para o qual você envia não recebe e-mails. Com `X.7.27`, não: é o domínio do remetente que publica o MX nulo, então respostas e mensagens de devolução nunca poderiam chegar a ele.",
        "O domínio do destinatário publica um MX nulo; por isso, os servidores recusam o `RCPT TO` na hora, geralmente com `556`.",
        "Procure no domínio do destinatário erros de digitação ou sinais de que ele imita outro domínio, e peça ao destinatário um endereço que funcione.",
        "O domínio do `MAIL FROM` ou do campo de cabeçalho `From` tem um MX nulo; muitas vezes é um endereço de retorno forjado ou um MX nulo publicado por engano.",
        "Envie a partir de um domínio que possa receber e-mails. Se o domínio deve enviar e-mails, o administrador dele substitui o MX nulo por registros MX reais.",
    ],
    // X.0.0 vs X.7.0
    [
        "O código diz em que área está o problema?",
        "Com `X.0.0`, não: ele só dá a classe (sucesso, falha temporária ou falha permanente) e nada sobre a causa. Com `X.7.0`, sim: uma regra de segurança ou de política barrou o comando ou a mensagem.",
        "O software não consegue associar o resultado a nada mais específico. `2.0.0` também marca sucessos rotineiros, como a resposta `221` ao `QUIT`.",
        "Depois de `4.0.0`, o servidor de envio tenta de novo. Depois de `5.0.0`, leia o texto e, se ele não disser nada, envie a linha de erro e o horário ao administrador do servidor.",
        "Uma etapa de segurança barrou o comando: `454 4.7.0` para uma falha temporária de login, `530 5.7.0` quando `AUTH` ou `STARTTLS` precisa vir antes, ou uma recusa por política sem explicação.",
        "Faça o que o servidor pede, `STARTTLS` ou `AUTH` primeiro, ou tente de novo mais tarde depois de `454`. Nos demais casos, pergunte ao postmaster do domínio de destino.",
    ],
    // X.5.1 vs X.5.4
    [
        "O comando em si era aceitável?",
        "Com `X.5.1`, não: o comando não tem suporte ou veio no momento errado da sessão. Com `X.5.4`, sim: o comando era válido, mas um dos argumentos não.",
        "O cliente enviou um comando desconhecido ou desativado, um segundo `MAIL FROM` na mesma transação ou um comando antes de um `STARTTLS` ou `AUTH` obrigatório.",
        "Corrija a ordem dos comandos do cliente e use só comandos listados na resposta ao `EHLO`.",
        "Um mecanismo de `AUTH` que o servidor não oferece (`504 5.5.4`), um parâmetro desconhecido de `MAIL FROM` ou `RCPT TO` ou um valor inválido de parâmetro de extensão.",
        "Compare o comando rejeitado com a resposta ao `EHLO` e envie só parâmetros suportados, com valores válidos.",
    ],
    // X.7.1 vs X.7.23
    [
        "O código diz que o SPF foi o motivo?",
        "Com `X.7.1`, não: ele só diz que a entrega não está autorizada, o que pode ser relay, uma lista de bloqueio ou outra regra. Com `X.7.23`, sim: a verificação SPF deu “fail” para o endereço IP de envio.",
        "O relay é recusado, um filtro bloqueia o host ou o remetente, ou um servidor informa assim uma verificação SPF que falhou, como recomenda a RFC 7208.",
        "Procure no texto a regra aplicada. Envie pelo seu próprio servidor em vez de usar relay, ou peça ao administrador do remetente que corrija o SPF ou o DMARC ou resolva a inclusão numa lista de bloqueio.",
        "O domínio do `MAIL FROM` ou o nome `HELO` tem um SPF que não autoriza o endereço IP de envio, e a política rejeita esse tipo de e-mail.",
        "O administrador do remetente lista todos os servidores legítimos no registro SPF único do domínio, com `ip4:`, `ip6:` ou o `include:` do provedor.",
    ],
    // X.7.23 vs X.7.25
    [
        "A verificação tratou do registro SPF do remetente?",
        "Com `X.7.23`, sim: o registro SPF do domínio do `MAIL FROM`, ou do nome `HELO`, não autorizou o endereço IP de envio. Com `X.7.25`, não: o próprio endereço IP falhou numa verificação de DNS reverso.",
        "O SPF do domínio do remetente não cobre o servidor de envio, muitas vezes depois que um novo serviço de e-mail foi adicionado ou por causa de encaminhamento.",
        "Acrescente os servidores que faltam ao registro SPF; os encaminhadores reescrevem o `MAIL FROM` para o próprio domínio.",
        "O endereço IP de envio não tem registro PTR, ou o nome PTR dele não resolve de volta para o mesmo endereço, como é comum em servidores novos na nuvem.",
        "Peça a quem controla o endereço IP um registro PTR com o nome do servidor de e-mail, com um registro A ou AAAA correspondente, e use esse nome no `EHLO`.",
    ],
];
