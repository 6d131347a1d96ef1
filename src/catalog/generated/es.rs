// @generated from data/ by build/ (the texts of Spanish, `es`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Estado del sistema o respuesta de ayuda del sistema",
        "El servidor responde a una solicitud de información con un informe sobre su estado o con ayuda general. Es una respuesta de éxito pensada para que la lea una persona; no se ha enviado ni modificado ningún correo.",
        "Los servidores pueden enviarlo en respuesta a `HELP`, como alternativa a `214`. Casi nunca aparece en la entrega normal de correo, porque el software de correo no tiene motivo para pedir ayuda.",
        "No hay nada que corregir: el comando funcionó. Lee el texto si lo pediste, pero no hagas que un programa dependa de su redacción, que cambia de un servidor a otro.",
    ],
    // 214
    [
        "Mensaje de ayuda",
        "El servidor responde a `HELP` con un texto para personas, como los comandos que acepta o cómo usar alguno de ellos. Es una respuesta de éxito; no ha cambiado nada en la entrega del correo.",
        "Los servidores lo envían en respuesta a `HELP`, con o sin un nombre de comando como argumento, a menudo repartido en varias líneas. Lo ven sobre todo quienes prueban un servidor escribiendo comandos a mano.",
        "No hay nada que corregir. Lee el texto si pediste ayuda; los programas no deberían analizarlo, porque su contenido es libre y varía de un servidor a otro.",
    ],
    // 220
    [
        "Servicio listo",
        "El servidor está listo. Como primera línea de una conexión, es el saludo que invita al cliente a continuar con `EHLO`; como respuesta a `STARTTLS`, indica al cliente que inicie ya la negociación TLS.",
        "Los servidores lo envían en cuanto un cliente se conecta, normalmente seguido de su nombre de host, y en respuesta a `STARTTLS` cuando están listos para cifrar la conexión. Un servidor que rechaza la sesión entera saluda en su lugar con `554` o `521`.",
        "No hay nada que corregir. Tras el saludo, el cliente continúa con `EHLO`. Tras un `220` en respuesta a `STARTTLS`, completa la negociación TLS y vuelve a enviar `EHLO`, porque lo acordado antes del cifrado deja de valer.",
    ],
    // 221
    [
        "Servicio cerrando el canal de transmisión",
        "El servidor aceptó `QUIT` y está cerrando la conexión de forma ordenada. Todo lo que confirmó antes en la sesión sigue confirmado.",
        "Los servidores lo envían en respuesta a `QUIT` al final normal de una sesión, normalmente con su nombre de host. Suele aparecer como última línea en el log de una entrega fallida, pero solo refleja la despedida, no el fallo.",
        "No hay nada que corregir. Si una entrega falló en la misma sesión, mira la respuesta inmediatamente anterior a `QUIT`: esa es la que indica el problema.",
    ],
    // 235
    [
        "Autenticación correcta",
        "El intercambio `AUTH` tuvo éxito: el servidor aceptó el nombre de usuario y la contraseña, u otras credenciales, para el resto de la sesión. Normalmente lleva el código de estado mejorado `2.7.0`.",
        "Los servidores lo envían al final de un intercambio `AUTH` correcto, típicamente cuando un programa de correo o una aplicación inicia sesión en su servidor de correo saliente antes de enviar.",
        "No hay nada que corregir. Si el envío sigue fallando después de este punto, la causa está en una respuesta posterior, por ejemplo un `550` o un `554` relativo al remitente o a un destinatario.",
    ],
    // 250
    [
        "Acción de correo solicitada correcta, completada",
        "El comando se ejecutó correctamente. Después del punto final del mensaje (o del último fragmento `BDAT`) significa algo más: el servidor ha asumido la responsabilidad del mensaje y lo entregará o enviará un rebote más adelante.",
        "Los servidores lo envían para aceptar `EHLO`, `MAIL FROM`, cada `RCPT TO`, los datos del mensaje, `RSET`, `NOOP` y un `VRFY` o `EXPN` verificado. También lo usan las extensiones: para cada fragmento `BDAT`, para `BURL`, cuando `ETRN` inicia el procesamiento de la cola y cuando `ATRN` cede la sesión.",
        "No hay nada que corregir. Si un mensaje aceptado con `250` nunca llegó, se perdió después de este servidor: revisa los logs del servidor que envió el `250`, con el ID de cola que muchos servidores incluyen en el texto, y la carpeta de spam del destinatario.",
    ],
    // 251
    [
        "Usuario no local; se reenviará",
        "El servidor aceptó al destinatario, pero el buzón no está en este servidor: pasará el mensaje a otra dirección, que indica en el texto. Nada ha fallado. En respuesta a `ETRN`, el mismo código significa en cambio que no hay correo en espera para el dominio solicitado.",
        "Los servidores pueden enviarlo tras `RCPT TO` o `VRFY` para un usuario que se ha mudado a una dirección nueva. También pueden reenviar sin avisar y responder con un simple `250`. Los servidores compatibles con `ETRN` lo envían cuando la cola del dominio indicado está vacía.",
        "No hay que hacer nada con este mensaje. Si el texto indica una dirección nueva, el remitente puede actualizar su libreta de direcciones para que el correo futuro vaya allí directamente.",
    ],
    // 252
    [
        "No se puede verificar el usuario, pero se aceptará el mensaje y se intentará la entrega",
        "El servidor no confirma si la dirección existe, pero aceptará correo para ella e intentará entregarlo. La respuesta no dice nada sobre el buzón. En respuesta a `ETRN`, el mismo código significa que el servidor ha empezado a enviar el correo en espera para ese dominio.",
        "Muchos servidores responden así a todos los `VRFY` y `EXPN`, porque confirmar direcciones ayuda a los spammers a recopilarlas. También es la respuesta cuando esta necesitaría texto UTF-8 que el cliente no habilitó con `SMTPUTF8`.",
        "No hay nada que corregir. No lo tomes como prueba de que el buzón existe: la única forma de saberlo es enviar un mensaje y ver si llega un rebote.",
    ],
    // 253
    [
        "Iniciado el envío de los mensajes pendientes para el nodo, con recuento de mensajes",
        "Respuesta a `ETRN`: el servidor ha empezado a entregar el correo que guarda para el dominio o host solicitado, y el texto indica cuántos mensajes hay en espera. Es una respuesta de éxito.",
        "Los servidores compatibles con `ETRN` lo envían a un sitio con conexión intermitente, como el servidor de correo de una pequeña oficina, que se ha conectado para pedir su correo en cola. Ningún otro comando lo devuelve.",
        "No hay nada que corregir. Mantén accesible tu propio servidor de correo: el proveedor le entrega los mensajes en cola a través de conexiones SMTP nuevas y normales.",
    ],
    // 334
    [
        "Desafío de autenticación",
        "El servidor está en mitad de un intercambio `AUTH` y espera la siguiente respuesta del cliente. El texto tras el código son datos en base64 definidos por el mecanismo elegido, como un desafío; puede estar vacío.",
        "Los servidores lo envían tras `AUTH` y tras cada respuesta del cliente hasta completar el intercambio. Un log que se detiene en `334` indica que el cliente nunca respondió o que la conexión se cortó.",
        "En sí no hay nada que corregir: el cliente responde con una línea en base64, o con `*` para cancelar. Si los inicios de sesión se quedan colgados aquí, comprueba que el cliente y el servidor admiten el mismo mecanismo y que nada entre ellos corta la conexión.",
    ],
    // 354
    [
        "Comienza la entrada del correo; termina con una línea que solo contenga un punto",
        "El servidor aceptó `DATA` y espera el mensaje propiamente dicho: los campos de cabecera, una línea en blanco, el cuerpo y, por último, una línea con un único punto. Todavía no se ha aceptado nada para su entrega.",
        "Los servidores lo envían en respuesta a `DATA` una vez aceptado al menos un destinatario. Una sesión que termina justo después de `354` suele indicar que la conexión se cortó o agotó el tiempo de espera mientras se enviaba el mensaje.",
        "No hay nada que corregir: envía el mensaje, termínalo con la línea del punto y espera la respuesta final, `250` o un error. Si las sesiones se atascan aquí con frecuencia, busca un enlace de red lento o inestable o un dispositivo de filtrado entre los dos servidores.",
    ],
    // 355
    [
        "El desplazamiento en octetos es el desplazamiento de la transacción",
        "Respuesta de la extensión experimental de puntos de control y reanudación: el servidor aún guarda parte de un mensaje de un intento interrumpido con el mismo ID de transacción, y el número del texto indica cuántos octetos tiene ya. La transferencia puede reanudarse desde ahí en lugar de empezar de nuevo.",
        "Solo lo envían los servidores que ofrecen la extensión `CHECKPOINT`, en respuesta a un `MAIL FROM` con un parámetro `TRANSID` que coincide con una transacción sin terminar. En la práctica es muy poco frecuente.",
        "No hay nada que corregir. Un cliente que usa la extensión continúa la transacción y envía solo lo que sigue al desplazamiento indicado; un cliente que nunca envía `TRANSID` no debería recibir nunca esta respuesta.",
    ],
    // 400
    [
        "Fallo temporal, inténtalo de nuevo más tarde",
        "No es una respuesta estándar: ningún RFC define `400`, y no dice nada más allá de su primer dígito, que indica un fallo temporal. El servidor de correo Courier lo usa para varios rechazos temporales, por ejemplo cuando exige `STARTTLS` primero o no puede consultar un destinatario en ese momento.",
        "Courier responde con él a la mayoría de los comandos cuando la conexión debe ir cifrada y el cliente aún no ha enviado `STARTTLS`. También responde así a `RCPT TO` cuando falla su consulta de alias, y lo usa para indicar que no se pudo iniciar su proceso interno de envío.",
        "Trátalo como cualquier otra respuesta 4xx y deja que el servidor emisor lo reintente más tarde. Si el texto pide `STARTTLS`, activa TLS en el cliente o en el servidor emisor. Si sigue apareciendo por otro motivo, el operador del servidor que responde debe revisar sus logs.",
    ],
    // 417
    [
        "Fallo temporal en la comprobación del remitente o de HELO",
        "No es una respuesta estándar: ningún RFC define `417`. El servidor de correo Courier lo envía cuando no pudo completar una comprobación del remitente por un motivo temporal, normalmente una consulta DNS del dominio del remitente o del nombre `HELO`. Su equivalente permanente en Courier es `517`.",
        "Courier responde con él a `MAIL FROM` cuando están activadas sus comprobaciones opcionales del remitente y la consulta DNS del dominio del remitente o del nombre `HELO` falla o agota el tiempo de espera. También se usa para resultados SPF que el servidor está configurado para tratar como temporales y no como definitivos.",
        "Deja que el servidor emisor lo reintente; una breve caída del DNS se resuelve sola. Si persiste, el administrador del dominio del remitente debe comprobar que los servidores DNS del dominio responden de forma fiable, y el servidor emisor debe anunciar un nombre `HELO` que se pueda resolver.",
    ],
    // 421
    [
        "Servicio no disponible, cerrando el canal de transmisión",
        "El servidor está cerrando la conexión y no procesará nada más en esta sesión. El problema es temporal: tu mensaje no tiene nada de malo y la misma entrega debería funcionar más tarde.",
        "Los servidores lo envían en lugar del saludo cuando están sobrecargados o te están aplicando listas grises, y en respuesta a cualquier comando cuando tienen que apagarse. Un servidor que se detiene bruscamente puede enviarlo justo antes de que se corte la conexión.",
        "No hay nada que corregir en el mensaje: deja que tu servidor de correo lo mantenga en cola y lo reintente más tarde, con intervalos crecientes. Si ocurre una y otra vez desde una misma dirección IP de envío, reduce el ritmo de envío, comprueba que la dirección no está en una lista de bloqueo y lee el texto tras el código, que a menudo indica el motivo.",
    ],
    // 422
    [
        "Código no oficial asociado a una transición de contraseña",
        "No es una respuesta estándar: ningún RFC define `422`. El registro de IANA lo incluye junto a `432` como código básico que puede acompañar a `X.7.12` («se necesita una transición de contraseña»), mientras que el script de listas grises que acompaña al servidor de correo Stalwart envía `422 4.2.2` para aplazar el correo de un remitente que no ha visto antes.",
        "Tras `RCPT TO` es un aplazamiento por listas grises, como en el script de Stalwart: el servidor rechaza el primer intento de un remitente desconocido y acepta un reintento unos minutos después. Tras `AUTH` ocuparía el lugar en el que el RFC 4954 usa `432 4.7.12`.",
        "Tras `RCPT TO`, deja que el servidor emisor lo reintente por su cuenta; el reintento pasa en cuanto ha transcurrido el tiempo de espera de las listas grises. Tras `AUTH`, trátalo como `432`: inicia sesión una vez con el mecanismo PLAIN a través de una conexión cifrada y luego vuelve a usar el mecanismo preferido.",
    ],
    // 424
    [
        "Fallo temporal al expandir un alias o un reenvío",
        "No es una respuesta estándar: ningún RFC define `424`. OpenSMTPD lo envía, junto con `4.2.4`, cuando por el momento no puede determinar adónde debe ir el correo de un destinatario, porque falló la consulta de un alias, de una dirección virtual o de un archivo de reenvío.",
        "OpenSMTPD lo da en respuesta a `RCPT TO` cuando una consulta de tabla para el destinatario devuelve un error temporal, como una base de datos o un archivo que no se puede leer, o el archivo de reenvío de un usuario que no se puede comprobar. La forma permanente del mismo problema es `524` con `5.2.4`.",
        "El lado emisor solo tiene que reintentarlo más tarde. El operador del servidor OpenSMTPD receptor debe leer sus logs, revisar las tablas de alias, direcciones virtuales y reenvíos que usa, y asegurarse de que los sistemas en los que se apoyan estén accesibles.",
    ],
    // 430
    [
        "Código no oficial asociado a un comando no válido",
        "No es una respuesta estándar: ningún RFC define `430`. El parche chkuser para qmail lo envía cuando por el momento no puede comprobar un destinatario, y el registro de IANA lo incluye entre los códigos básicos que pueden acompañar a `X.5.1` («comando no válido»). Al ser un código 4xx, es un fallo temporal.",
        "El parche chkuser responde a `RCPT TO` con `430`, y con `#4.3.0` en su texto, cuando no puede acceder a la base de datos de usuarios con la que comprueba los destinatarios. Otros servidores pueden darle otro sentido, así que el texto tras el código es la mejor explicación.",
        "Deja que el servidor emisor lo reintente más tarde, como con cualquier código 4xx; el mensaje en sí no necesita cambios. Si sigue apareciendo, el administrador del servidor que responde tiene que reparar la base de datos de usuarios en la que se apoya la comprobación de destinatarios (con chkuser, la de vpopmail).",
    ],
    // 431
    [
        "El sistema de correo receptor está lleno",
        "No es una respuesta estándar: ningún RFC define `431`, aunque el número refleja el código de estado mejorado `4.3.1`. El servidor de correo Courier lo envía cuando le falta espacio en disco y no puede aceptar con seguridad el destinatario o el mensaje, y también por un límite flexible del número de destinatarios.",
        "Courier responde con él a `RCPT TO` cuando el espacio libre está por debajo de su umbral, y al final de `DATA` cuando el mensaje no se puede escribir por falta de espacio. Con un límite flexible de destinatarios configurado, cada `RCPT TO` que supera el límite lo recibe con una nota sobre el exceso de destinatarios.",
        "El remitente solo tiene que esperar: un servidor de correo normal conserva el mensaje y lo reintenta, y los destinatarios rechazados por el límite van en una transacción posterior. El operador del servidor receptor debe liberar espacio en disco o ampliar el sistema de archivos que contiene la cola de correo.",
    ],
    // 432
    [
        "Se necesita una transición de contraseña",
        "Todavía no se puede iniciar sesión en esta cuenta con el mecanismo `AUTH` elegido. El servidor necesita primero un inicio de sesión con el mecanismo simple PLAIN para poder preparar lo que requiere el mecanismo elegido. Se envía con el código de estado mejorado `4.7.12`.",
        "Los servidores lo envían en respuesta a `AUTH` cuando aún no tienen las credenciales de la cuenta en la forma que necesita el mecanismo solicitado. Es poco frecuente; la mayoría de los usuarios de correo nunca se lo encuentran.",
        "En el programa de correo, inicia sesión una vez con PLAIN, solo a través de una conexión cifrada, y luego vuelve al mecanismo preferido; a partir de entonces debería funcionar. Si el programa no permite elegir el mecanismo, pide al proveedor de correo que complete la transición de la cuenta.",
    ],
    // 435
    [
        "No se puede autenticar en este momento",
        "No es una respuesta estándar: ningún RFC define `435`; la extensión de autenticación usa `454` para los fallos temporales. Exim lo envía cuando no pudo decidir si el inicio de sesión es válido, así que el problema está en el lado del servidor y puede desaparecer.",
        "Exim responde con él a `AUTH` cuando un autenticador aplaza la decisión, por ejemplo porque falla una consulta de contraseña en una base de datos o en un servicio externo, o porque no se puede evaluar una comprobación configurada. Un resultado inesperado de un autenticador se notifica con el mismo código y las palabras «Internal error».",
        "Vuelve a intentar el inicio de sesión más tarde; las credenciales no se consideraron incorrectas. Si persiste, el administrador de Exim debe consultar el log principal, que registra por qué el autenticador aplazó la decisión, y reparar la consulta o el servicio del que depende.",
    ],
    // 450
    [
        "Acción de correo solicitada no realizada: buzón no disponible",
        "El servidor no aceptó ahora el mensaje para este destinatario, pero solo de forma provisional: el buzón estaba ocupado o bloqueado, o una comprobación de política como las listas grises pidió al remitente que volviera más tarde. Un intento posterior con el mismo mensaje puede funcionar.",
        "Los servidores lo envían tras `RCPT TO` o tras los datos del mensaje, típicamente por listas grises o mientras un buzón o un remitente está bloqueado temporalmente. Los proveedores ODMR lo usan para rechazar una petición `ATRN`, y un servidor de envío puede usarlo para un mensaje cuya prioridad `MT-PRIORITY` es demasiado baja.",
        "Normalmente nada: el servidor emisor pone el mensaje en cola y lo reintenta, y el correo retenido por listas grises pasa en un intento posterior. Si los retrasos duran días, el administrador del remitente debe leer el texto tras el código, revisar las listas de bloqueo y contactar con el postmaster del destinatario.",
    ],
    // 451
    [
        "Acción solicitada cancelada: error local en el procesamiento",
        "El servidor tuvo un problema temporal de su lado al procesar el comando, como una consulta DNS o de base de datos fallida o un servicio interno que no respondió, y abandonó este paso. Tu mensaje no es la causa, y un reintento posterior puede funcionar.",
        "Los servidores lo envían tras `MAIL FROM`, `RCPT TO` o los datos del mensaje cuando falla una comprobación o consulta interna. También rechaza `ATRN` cuando el proveedor no puede procesarlo en ese momento, y `BURL` cuando el servidor IMAP que contiene el mensaje no es accesible. Un cliente trata una conexión cortada como un `451`.",
        "Deja que el servidor emisor lo reintente más tarde; la mayoría de los casos se resuelven solos. Si se repite, el operador del servidor que responde debe localizar en sus logs el componente que falla; el texto tras el código y códigos de estado mejorados como `4.4.3` o `4.3.0` ayudan a acotarlo.",
    ],
    // 452
    [
        "Acción solicitada no realizada: almacenamiento del sistema insuficiente",
        "El servidor no puede aceptar esto ahora porque le falta espacio en disco o ha llegado a su límite de destinatarios por mensaje. La situación es temporal, así que el mismo mensaje puede aceptarse más tarde o en partes más pequeñas.",
        "Los servidores lo envían tras `MAIL FROM` cuando el tamaño declarado con `SIZE` no cabe en el espacio libre, tras `RCPT TO` al alcanzar el límite de destinatarios de un mensaje, y tras los datos del mensaje cuando se agota el almacenamiento. Los destinatarios aceptados antes de alcanzar un límite siguen aceptados.",
        "Si hay demasiados destinatarios, el cliente envía el mensaje a los destinatarios ya aceptados y el resto en una transacción posterior; un buen software de correo lo hace por sí solo. Si falta almacenamiento, reinténtalo más tarde; si persiste, el operador del servidor debe liberar espacio en disco o ampliar los límites.",
    ],
    // 453
    [
        "No tienes correo",
        "Respuesta de ODMR (On-Demand Mail Relay) a `ATRN`: el proveedor no tiene correo en cola para tus dominios, así que no hay nada que entregar en esta sesión. Es una respuesta temporal solo porque puede llegar correo nuevo más adelante; no hay ningún problema.",
        "Los proveedores ODMR lo envían cuando el servidor de correo de un cliente, típicamente uno con una dirección IP cambiante, pide su correo con `ATRN` y la cola está vacía. En su lugar, los proveedores pueden aceptar con `250` y terminar la sesión de inmediato.",
        "No hay nada que corregir: vuelve a preguntar más tarde, como hace normalmente el servidor del cliente según su propia programación. Si esperabas correo, confirma con el proveedor que el correo de tus dominios se está reteniendo para ODMR.",
    ],
    // 454
    [
        "Fallo temporal de TLS o de autenticación",
        "Un paso de seguridad falló por un motivo temporal en el lado del servidor. Tras `STARTTLS`, el servidor no puede iniciar el cifrado en este momento; tras `AUTH`, no pudo comprobar las credenciales, normalmente con `4.7.0`. La contraseña no fue rechazada.",
        "Los servidores lo envían en respuesta a `STARTTLS` cuando su configuración TLS no se puede usar temporalmente, por ejemplo porque no se puede cargar el certificado, y en respuesta a `AUTH` cuando el servicio que comprueba las contraseñas no responde.",
        "No vuelvas a escribir la contraseña ni la cambies; reinténtalo más tarde. Tras `STARTTLS`, la política del servidor emisor decide si continuar sin cifrar, reintentar más tarde o desistir. Si persiste, el operador del servidor debe revisar la configuración TLS o el servicio de autenticación.",
    ],
    // 455
    [
        "El servidor no puede atender los parámetros",
        "El servidor entendió los parámetros de extensión de `MAIL FROM` o `RCPT TO`, pero no puede respetarlos en este momento. Volver a intentarlo más tarde puede funcionar; el equivalente permanente es `555`.",
        "Los servidores lo envían cuando un parámetro opcional pide algo que no pueden ofrecer en ese momento, por ejemplo un plazo de entrega fijado con `BY` (Deliver By) que las condiciones actuales hacen imposible. Es poco habitual en el correo cotidiano.",
        "Deja que el cliente lo reintente más tarde. Si sigue ocurriendo, busca el parámetro que indica el texto y, cuando sea aceptable, envía sin él o relaja su valor, por ejemplo con un plazo de entrega más amplio.",
    ],
    // 458
    [
        "No se pueden poner en cola los mensajes para el nodo",
        "Respuesta a `ETRN`: el servidor no pudo iniciar en este momento un ciclo de entrega para el dominio o host solicitado. El correo en cola se sigue conservando; solo falló la petición de enviarlo ahora.",
        "Los servidores compatibles con `ETRN` lo envían a un sitio con conexión intermitente que pide su correo en cola, si no se puede iniciar el procesamiento de la cola, por ejemplo porque el servidor está ocupado.",
        "Vuelve a enviar `ETRN` más tarde; el proveedor también entrega el correo según su calendario normal de reintentos. Si persiste, pide al administrador de correo del proveedor que revise la cola de tu dominio.",
    ],
    // 459
    [
        "Nodo no permitido",
        "Respuesta a `ETRN`: el servidor se niega a iniciar un ciclo de entrega para el dominio o host que indicaste, y el texto da el motivo. Si el motivo es una configuración de permisos, volver a pedirlo sin cambios no servirá de nada.",
        "Los servidores lo envían cuando el nombre que sigue a `ETRN` no es uno para el que guarden correo, o cuando el host que se conecta no tiene permiso para iniciar un ciclo de entrega para él.",
        "Comprueba que el argumento de `ETRN` es exactamente el dominio para el que el proveedor te guarda correo en cola, y que te conectas de la forma que el proveedor permite. Si no, pide al proveedor que habilite `ETRN` para ese dominio.",
    ],
    // 500
    [
        "Error de sintaxis, comando no reconocido",
        "El servidor no reconoció en absoluto la palabra del comando, o la línea de comando era demasiado larga para leerla. No se hizo nada, y el fallo está en lo que envió el cliente, no en el mensaje ni en el destinatario.",
        "Los servidores lo envían para comandos mal escritos o desconocidos, para líneas de comando que superan el límite de longitud estándar y para comandos de extensión que no conocen. Durante `AUTH` también indica una línea de respuesta del cliente demasiado larga (`5.5.6`).",
        "Corrige el cliente, no el mensaje: revisa cómo está escrito el comando, mantén las líneas de comando dentro del límite de longitud estándar y usa comandos de extensión solo si el servidor los incluyó en su respuesta a `EHLO`. Enviar la misma línea otra vez fallará de la misma manera.",
    ],
    // 501
    [
        "Error de sintaxis en los parámetros o argumentos",
        "El servidor conoce el comando, pero lo que lo seguía no era aceptable: una dirección, un parámetro o un argumento está mal formado, repetido o fuera de rango. La palabra del comando en sí era correcta.",
        "Los servidores lo envían para una dirección mal formada en `MAIL FROM` o `RCPT TO`, un argumento de `EHLO` no válido, argumentos añadidos a comandos que no los admiten (como `STARTTLS` o `DATA`) y valores no válidos de parámetros de extensión. `AUTH` lo devuelve cuando el cliente cancela el intercambio o envía datos que no son Base64 válido.",
        "Corrige la línea de comando en el cliente: escribe las direcciones entre corchetes angulares sin espacios junto a los dos puntos, comprueba los nombres y valores de los parámetros según la extensión que los define y quita los argumentos que el comando no admite. El texto tras el código suele señalar la parte errónea.",
    ],
    // 502
    [
        "Comando no implementado",
        "El servidor reconoció el comando, pero no lo admite, bien porque nunca se incorporó, bien porque su operador lo desactivó. El comando estaba bien formado; simplemente este servidor no lo ofrece.",
        "Los servidores lo envían para `VRFY`, `EXPN` o `HELP` cuando no están disponibles, y los servidores muy antiguos lo envían en respuesta a `EHLO` porque solo conocen `HELO`. Los servidores de retransmisión bajo demanda responden con él a todos los comandos excepto `EHLO`, `AUTH`, `ATRN` y `QUIT`.",
        "No repitas el comando en este servidor: continúa sin él y, tras `EHLO`, usa solo las extensiones que el servidor anuncia. Si se rechaza el propio `EHLO`, recurre a `HELO`. Si de verdad necesitas esa función, pregunta al operador del servidor si puede activarse.",
    ],
    // 503
    [
        "Secuencia de comandos incorrecta",
        "El comando es válido por sí mismo, pero se envió en un momento incorrecto de la sesión. Es un error permanente en el orden de los comandos del cliente, no un problema del servidor, así que esperar y repetir la misma secuencia no servirá de nada.",
        "Las causas típicas son `RCPT TO` antes de cualquier `MAIL FROM`, un segundo `MAIL FROM` dentro de una transacción abierta, `DATA` sin ningún destinatario aceptado y `AUTH` después de un inicio de sesión correcto o en mitad de una transacción. Los servidores que rechazaron la sesión con un saludo `554` también responden con él a los comandos posteriores.",
        "Corrige el orden de los comandos del cliente: `EHLO`, `AUTH` si hace falta, `MAIL FROM`, uno o más `RCPT TO` y luego `DATA`, solo después de que al menos un destinatario haya recibido `250`. Envía `RSET` para volver a un estado limpio. Revisa también las respuestas anteriores en el log, ya que un `MAIL FROM` o un `RCPT TO` rechazado suele provocar el `503` que viene después.",
    ],
    // 504
    [
        "Parámetro de comando no implementado",
        "El servidor admite el comando, pero no la opción o el valor indicado con él. La sintaxis era correcta; simplemente el servidor no ofrece esa variante del comando.",
        "El caso más habitual es un `AUTH` que nombra un mecanismo que el servidor no admite o no permite en la conexión actual (`5.5.4`). Los servidores también lo envían para argumentos de `VRFY`, `EXPN` o `HELP` que no gestionan, y para parámetros de conversión de contenido en `MAIL FROM` o `RCPT TO` que no implementan.",
        "Elige una opción que el servidor ofrezca: para `AUTH`, un mecanismo de la lista de la respuesta a `EHLO`, y ejecuta antes `STARTTLS` si el mecanismo que quieres solo se ofrece en conexiones cifradas. Si no, envía el comando sin el parámetro no admitido.",
    ],
    // 511
    [
        "No hay ningún buzón con ese nombre aquí",
        "No es una respuesta estándar: ningún RFC define `511`. Las versiones antiguas del parche chkuser para qmail con vpopmail lo envían para rechazar un destinatario que no existe o que no puede ser válido. El número refleja el código de estado mejorado `5.1.1`, y también se escribe `511` como abreviatura de `550 5.1.1`.",
        "El parche chkuser responde con él a `RCPT TO` cuando el buzón no existe en un dominio de vpopmail, cuando a la dirección le falta el dominio o tiene un formato no válido, o cuando el dominio del destinatario no tiene un MX utilizable, y responde con él a `MAIL FROM` cuando el dominio del remitente no tiene ninguno. Las versiones actuales de chkuser envían en su lugar `550` con `5.1.1`.",
        "Revisa si la dirección del destinatario tiene errores tipográficos y confírmala con el destinatario por otra vía; si vuelves a enviar el mensaje sin corregirla, volverá a fallar. Si el texto dice que no se encontró un MX válido, el administrador del dominio indicado debe publicar registros MX que funcionen.",
    ],
    // 517
    [
        "Dirección del remitente rechazada",
        "No es una respuesta estándar: ningún RFC define `517`; el número refleja el código de estado mejorado `5.1.7`. El servidor de correo Courier lo envía para rechazar definitivamente a un remitente, porque la dirección del remitente, su dominio o el servidor que se conecta no superó una de las comprobaciones de Courier.",
        "Courier responde con él a `MAIL FROM` cuando el remitente está en su lista de bloqueo, cuando el dominio del remitente no existe o tiene registros MX no válidos o bloqueados, cuando una dirección de un servicio de correo gratuito llega desde fuera de los servidores de ese proveedor, cuando falla SPF o cuando el nombre `HELO` no supera la comprobación.",
        "El administrador del remitente debe asegurarse de que el dominio existe con registros MX válidos y un registro SPF que cubra los servidores de envío, y de que el servidor anuncia un nombre `HELO` que se pueda resolver. Si la dirección en sí está bloqueada, solo el operador del servidor receptor puede levantar el bloqueo.",
    ],
    // 521
    [
        "El host no acepta correo",
        "El host al que te conectaste nunca acepta correo para nadie; solo responde para decirlo. Es una afirmación permanente sobre el servidor, no sobre tu mensaje ni sobre tu dirección de envío.",
        "Los servidores lo envían en lugar del saludo `220` habitual; suelen ser servidores de correo ficticios que funcionan para hosts o dominios que no reciben correo. Después, el servidor puede responder a los demás comandos otra vez con `521` o simplemente cerrar la conexión.",
        "No reintentes con este host. Comprueba que la dirección del destinatario y su dominio están bien escritos; si lo están, pide al destinatario otra dirección. Si el dominio debe recibir correo, su administrador tiene que apuntar sus registros MX a un servidor de correo real.",
    ],
    // 522
    [
        "El buzón del destinatario está lleno",
        "No es una respuesta estándar: ningún RFC define `522`; el número refleja el código de estado mejorado `5.2.2`. Las versiones antiguas del parche chkuser para qmail con vpopmail lo envían cuando el buzón del destinatario supera su umbral de cuota.",
        "El parche chkuser responde con él a `RCPT TO` cuando la comprobación de cuota está activada en el servidor y el buzón del destinatario está más lleno que el porcentaje configurado. Las versiones actuales de chkuser envían `552` con `5.2.2` en la misma situación.",
        "Avisa al destinatario por otra vía de que su buzón está lleno; tiene que borrar correo u obtener una cuota mayor. Vuelve a enviar después, porque un reintento inmediato se rechaza de la misma manera.",
    ],
    // 523
    [
        "Se requiere cifrado",
        "Ningún RFC define `523` como respuesta SMTP, así que no es estándar, y ninguna especificación publicada dice qué servidores lo envían. Solo aparece en el registro de IANA como código básico de `X.7.10`: el mecanismo de autenticación elegido solo puede usarse a través de una conexión cifrada.",
        "Respondería a un `AUTH` con un mecanismo en texto claro, como PLAIN, en una conexión que no se ha cifrado. Los servidores estándar indican esta situación con `504`, o no ofrecen esos mecanismos antes de `STARTTLS`.",
        "Ejecuta `STARTTLS`, envía de nuevo `EHLO` y repite `AUTH` sobre la conexión cifrada; en un programa de correo, activa TLS para el servidor saliente. Otra opción es elegir un mecanismo que no envíe la contraseña en texto claro.",
    ],
    // 524
    [
        "Se requiere cifrado para el mecanismo de autenticación solicitado",
        "Ningún RFC define `524` como respuesta SMTP, así que no es estándar. El registro de IANA lo incluye, junto al obsoleto `538`, como código básico de `X.7.11` (un mecanismo de inicio de sesión que solo se permite en una conexión cifrada), pero los servidores que, según su documentación, lo envían le dan otros significados: OpenSMTPD, un destinatario que no puede expandir; el servicio de correo de Alibaba Cloud, un host que su DNS no encuentra.",
        "OpenSMTPD responde a `RCPT TO` con `524 5.2.4` cuando la expansión del destinatario (un alias, un reenvío o una lista de correo) falla de forma definitiva; su `424 4.2.4` es la forma temporal. Direct Mail de Alibaba Cloud indica `524` para un host de destino que el DNS no puede resolver. En respuesta a `AUTH` tendría el significado del registro.",
        "Lee el texto tras el código. Si falló una expansión, el administrador del destinatario tiene que corregir el alias o la lista, que quizá forme un bucle o no lleve a ninguna parte; si no se encontró un host, revisa los registros DNS del dominio del destinatario. Tras `AUTH`, ejecuta `STARTTLS`, vuelve a enviar `EHLO` y repite `AUTH`.",
    ],
    // 525
    [
        "Cuenta de usuario desactivada",
        "Ningún RFC define `525` como respuesta SMTP, así que no es estándar, y ninguna especificación publicada dice qué servidores lo envían. El registro de IANA solo lo incluye como código básico de `X.7.13`: los datos de inicio de sesión eran correctos, pero la cuenta está desactivada.",
        "Respondería a `AUTH` tras una comprobación correcta de las credenciales, para una cuenta que un administrador ha bloqueado, por ejemplo por impago, abuso o sospecha de intrusión. El bloqueo se mantiene hasta que el titular de la cuenta lo resuelva con el proveedor.",
        "Cambiar la contraseña o la configuración del programa de correo no servirá de nada. Ponte en contacto con el proveedor o el administrador de la cuenta de correo para saber por qué se desactivó y pedir que se vuelva a activar.",
    ],
    // 530
    [
        "Se requiere autenticación",
        "El servidor no ejecutará el comando hasta que la sesión esté autenticada o, en algunos servidores, hasta que la conexión esté cifrada con `STARTTLS`. El mensaje y la dirección están bien; a la sesión le falta un inicio de sesión o el cifrado.",
        "Los servidores de envío lo devuelven a `MAIL FROM` y a los comandos posteriores cuando el cliente no ha iniciado sesión con `AUTH`. Los servidores que exigen TLS lo envían, con un texto que pide `STARTTLS` primero, a todos los comandos excepto `NOOP`, `EHLO`, `STARTTLS` y `QUIT` hasta que el cifrado está activo.",
        "Activa la autenticación del servidor saliente en el programa de correo, con el nombre de usuario y la contraseña de la cuenta, y activa TLS si el texto lo pide. El software cliente debe enviar `STARTTLS`, luego `EHLO` de nuevo y después `AUTH`, todo ello antes de `MAIL FROM`.",
    ],
    // 533
    [
        "Entrega no autorizada, mensaje rechazado",
        "Ningún RFC define `533` como respuesta SMTP, así que no es estándar, y ninguna especificación publicada dice qué servidores lo envían ni para qué comando. Su único rastro oficial es el registro de IANA, que lo incluye entre los códigos básicos de `X.7.1` («entrega no autorizada»).",
        "Ninguna secuencia de comandos estándar lo produce. Lo más razonable es interpretar que un servidor que lo envía rechaza el correo de forma permanente por motivos de política, como con `550` y `5.7.1`: este remitente o este host de envío no puede entregar a este destinatario.",
        "Trátalo como un rechazo de política `550`: lee el texto y el código de estado mejorado, comprueba que tu host de envío tiene permiso para entregar o retransmitir este correo y contacta con el postmaster del destinatario si crees que el bloqueo es erróneo. Los clientes deben tratarlo como permanente por su primer dígito.",
    ],
    // 534
    [
        "El mecanismo de autenticación es demasiado débil",
        "El servidor rechazó el método de inicio de sesión que eligió el cliente, porque su política exige uno más robusto para este usuario. La contraseña puede ser perfectamente correcta; solo se rechazó el mecanismo.",
        "Los servidores lo envían, con `5.7.9`, en respuesta a `AUTH` cuando el mecanismo indicado en el comando es más débil de lo que el servidor permite para esa cuenta.",
        "Reintenta `AUTH` con un mecanismo más robusto de la lista de la respuesta a `EHLO`; en un programa de correo, cambia el ajuste del método de autenticación. Introducir una contraseña nueva no servirá de nada.",
    ],
    // 535
    [
        "Credenciales de autenticación no válidas",
        "El inicio de sesión falló porque el servidor no aceptó el nombre de usuario, la contraseña u otras credenciales. Es la respuesta general a un `AUTH` fallido cuando no corresponde ningún código más específico.",
        "Los servidores lo envían, normalmente con `5.7.8`, al final de un intercambio `AUTH` cuando la contraseña es incorrecta, el usuario es desconocido o las credenciales no bastan para esta cuenta.",
        "Revisa el nombre de usuario y la contraseña guardados en el programa de correo y corrígelos; el software cliente debe volver a pedírselos al usuario en lugar de reintentar con las mismas credenciales. Si son correctos, consulta las instrucciones de configuración del proveedor, ya que algunos exigen una contraseña aparte u otro método de inicio de sesión para enviar correo.",
    ],
    // 538
    [
        "Se requiere cifrado para el mecanismo de autenticación solicitado",
        "El servidor rechazó el mecanismo de inicio de sesión elegido porque solo puede usarse a través de una conexión cifrada. El RFC 4954 declaró obsoleto este código: los servidores actuales no deben ofrecer esos mecanismos antes del cifrado y, si se piden, deben rechazarlos con `504`.",
        "Los servidores antiguos, creados según el estándar de autenticación anterior, lo envían, con `5.7.11`, en respuesta a `AUTH` en una conexión que no ha ejecutado `STARTTLS`, normalmente para mecanismos en texto claro.",
        "Envía `STARTTLS`, luego `EHLO` de nuevo, y repite `AUTH` sobre la conexión cifrada; en un programa de correo, activa TLS para el servidor saliente. Los operadores de servidores deben dejar de enviar este código y ocultar esos mecanismos hasta que TLS esté activo.",
    ],
    // 546
    [
        "Bucle de enrutamiento detectado, demasiadas cabeceras Received",
        "No es una respuesta estándar: ningún RFC define `546`; el número refleja el código de estado mejorado `5.4.6`. El servidor de correo Courier lo envía cuando un mensaje ha pasado por tantos servidores que es casi seguro que está dando vueltas en un bucle.",
        "Courier responde con él al final de `DATA` cuando la cabecera del mensaje contiene más de 100 líneas Received. Estos bucles suelen deberse a reglas de reenvío, alias o ajustes de MX y de enrutamiento que se pasan el correo de un sistema a otro una y otra vez.",
        "Lee las líneas Received del mensaje rebotado para ver qué servidores se repiten y luego corrige la regla de reenvío, el alias o el ajuste de enrutamiento que devuelve el correo. Si vuelves a enviarlo antes, volverá a entrar en el bucle.",
    ],
    // 550
    [
        "Acción solicitada no realizada: buzón no disponible",
        "El servidor rechazó de forma permanente esta dirección o este mensaje. O bien el buzón no existe, o el remitente no tiene acceso a él, o una política local, como el filtrado de spam, las reglas de retransmisión (relay) o las comprobaciones del remitente, rechaza el correo.",
        "Los servidores lo envían en respuesta a `RCPT TO` para destinatarios desconocidos (`5.1.1`) y para retransmisiones que no permiten (a menudo `5.7.1`), a `MAIL FROM` para remitentes rechazados, y tras el final de `DATA` para correo rechazado por política. El código de estado mejorado que le sigue distingue estos casos.",
        "Lee el código de estado mejorado y el texto. Con `5.1.1`, revisa cómo está escrita la dirección o pide al destinatario una correcta. Con rechazos de política como `5.7.1`, el administrador del dominio emisor debe revisar SPF, DKIM y las listas de bloqueo o contactar con el postmaster del destinatario. Volver a enviarlo sin cambios fallará de nuevo.",
    ],
    // 551
    [
        "Usuario no local; prueba otra dirección",
        "El servidor no gestiona el correo de este destinatario y no lo reenviará; el texto suele indicar la dirección que debe usarse en su lugar. Es una de las pocas respuestas cuyo texto puede aprovechar un cliente para actuar.",
        "Los servidores lo envían en respuesta a `RCPT TO` o `VRFY` para un usuario que se ha mudado o cuyo correo se gestiona en otro lugar, cuando el sitio decide revelar la nueva dirección en vez de reenviar sin avisar. Los sitios que no quieren revelar direcciones responden en su lugar con un simple `550`.",
        "Comprueba que la dirección que da el texto es verosímil, envía allí el mensaje y actualiza el contacto. Si no se da ninguna dirección, pide al destinatario la actual por otra vía.",
    ],
    // 552
    [
        "Acción de correo solicitada cancelada: asignación de almacenamiento superada",
        "Un límite de tamaño o de almacenamiento detuvo la acción: el mensaje es más grande de lo que acepta el servidor o el buzón, o el almacenamiento del destinatario está agotado. La dirección es correcta; el problema es el tamaño del correo.",
        "Los servidores lo envían en respuesta a `MAIL FROM` cuando el `SIZE` declarado supera su máximo, tras el final de `DATA` cuando el mensaje resulta demasiado grande, y en respuesta a `RCPT TO` si el buzón está lleno (`5.2.2`). Los servidores antiguos también lo usaban para el exceso de destinatarios, cuyo código correcto es `452`.",
        "Reduce el tamaño del mensaje, por ejemplo enviando los archivos grandes como enlace, y no superes el límite `SIZE` que el servidor anuncia tras `EHLO`. Si el buzón del destinatario está lleno, el destinatario debe liberar espacio. Un cliente que lo recibe tras muchos comandos `RCPT TO` debe enviar los destinatarios restantes en una transacción posterior.",
    ],
    // 553
    [
        "Acción solicitada no realizada: nombre de buzón no permitido",
        "El servidor rechazó la dirección por cómo está escrita: la sintaxis es incorrecta, contiene caracteres que el servidor no acepta o coincide con más de un usuario. El problema es la forma de la dirección, no si el buzón existe.",
        "Los servidores lo envían en respuesta a `MAIL FROM` o `RCPT TO` para direcciones mal formadas, en respuesta a `RCPT TO` para una dirección no ASCII que no pueden aceptar (`5.6.7`; según el RFC 6531, en `MAIL FROM` esa dirección se rechaza con `550`), y en respuesta a `VRFY` cuando un nombre es ambiguo.",
        "Revisa la dirección carácter a carácter: exactamente una arroba, sin espacios, sin corchetes ni comillas sueltos y con un dominio completo. Corrígela y vuelve a enviar; si contiene caracteres no ASCII, usa la dirección ASCII simple del destinatario, si tiene una.",
    ],
    // 554
    [
        "Transacción fallida",
        "Un fallo permanente general: el servidor rechazó toda la transacción o toda la sesión, no una dirección concreta. Se usa cuando no encaja ningún código más preciso, así que el texto y el código de estado mejorado que lo siguen contienen el motivo real.",
        "Los servidores lo envían en lugar del saludo `220` para rechazar de entrada a un cliente («No SMTP service here»), en respuesta a `DATA` cuando no se aceptó ningún destinatario, y tras el final de `DATA` cuando se rechaza el contenido. Los servidores de envío también lo usan para comandos o datos de mensaje improcedentes.",
        "Busca el motivo en el texto y en el código de estado mejorado; volver a enviarlo sin cambios no servirá de nada. Como saludo, suele significar que el host o la dirección IP de envío está rechazado por política, así que el administrador del dominio emisor debe revisar las listas de bloqueo o contactar con el sitio receptor. Si llega tras el final del mensaje, el servidor rechazó el contenido: cambia lo que se rechazó antes de volver a enviarlo.",
    ],
    // 555
    [
        "Parámetros de MAIL FROM/RCPT TO no reconocidos o no implementados",
        "El servidor no conoce, o no admite, un parámetro de extensión añadido a `MAIL FROM` o `RCPT TO`. La dirección en sí puede ser correcta; el rechazo se debe al parámetro adicional.",
        "Los servidores lo envían cuando un cliente añade parámetros como `SMTPUTF8`, `REQUIRETLS` o `MT-PRIORITY` que el servidor no anunció tras `EHLO`. Los servidores que ofrecen Deliver By también lo envían para un plazo de entrega que nunca podrán cumplir.",
        "Haz que el cliente envíe solo los parámetros que el servidor anunció en su respuesta a `EHLO`, o quita el parámetro y vuelve a intentarlo. Si el mensaje depende de la extensión, entrégalo a través de un servidor que la admita o devuélvelo al remitente.",
    ],
    // 556
    [
        "El dominio no acepta correo",
        "El dominio del destinatario ha declarado que no recibe ningún correo, así que ninguna dirección de ese dominio puede recibir el mensaje. Es una respuesta permanente sobre todo el dominio, no sobre un buzón.",
        "Los relays y los servidores de envío lo devuelven a `RCPT TO` sin llegar a intentar la conexión, normalmente porque el dominio publica un registro MX nulo (`5.1.10`). Un error tipográfico en la parte de dominio de la dirección es una causa frecuente.",
        "Revisa si hay errores tipográficos en el dominio que va tras la arroba y pide al destinatario una dirección que funcione. Si el dominio es tuyo y quieres recibir correo, sustituye el registro MX nulo por registros MX reales.",
    ],
    // 557
    [
        "Los datos del mensaje superan el tamaño máximo",
        "No es una respuesta estándar: ningún RFC define `557`; el código habitual para un mensaje demasiado grande es `552`. Alibaba Cloud Direct Mail lo envía a sus propios clientes cuando un mensaje enviado a través de su servicio SMTP supera el tamaño que permite el servicio.",
        "Direct Mail lo da al final de `DATA` cuando el mensaje completo, adjuntos incluidos, supera su límite de tamaño. Procede de Direct Mail al aceptar tu mensaje, no del servidor del destinatario.",
        "Reduce el tamaño del mensaje: comprime o quita adjuntos, o comparte los archivos grandes como enlaces, y consulta los límites de tamaño en la documentación de Direct Mail. Si vuelves a enviar el mismo mensaje, se rechazará de nuevo.",
    ],
    // 559
    [
        "Dirección de destinatario no válida",
        "No es una respuesta estándar: ningún RFC define `559`. Alibaba Cloud Direct Mail lo envía a sus clientes cuando una dirección de destinatario figura en la lista de direcciones no válidas conocidas del servicio, y se niega a enviar allí.",
        "Direct Mail responde con él a `RCPT TO` mientras acepta un mensaje de tu aplicación, antes de intentar ninguna entrega, cuando la dirección coincide con su lista global de direcciones no válidas. No se contacta con el servidor del propio destinatario.",
        "Revisa si la dirección tiene errores tipográficos y confírmala con el destinatario por otra vía. Elimina de tus listas las direcciones que realmente no son válidas, porque volver a enviarles solo repite el rechazo.",
    ],
    // 571
    [
        "Entrega no autorizada, rechazada por la política local",
        "No es una respuesta estándar: ningún RFC define `571`; el número refleja el código de estado mejorado `5.7.1`. El servidor de correo Courier lo envía cuando un filtro de destinatarios rechaza el mensaje, y las versiones antiguas del parche chkuser para qmail lo envían cuando un cliente supera sus límites o no pasa sus comprobaciones del remitente.",
        "Courier responde con él a `RCPT TO` cuando un filtro configurado rechaza al destinatario sin aportar su propio texto. El parche chkuser responde con él a `RCPT TO` cuando una sesión supera su límite de destinatarios o tiene demasiados destinatarios desconocidos, y a `MAIL FROM` cuando la dirección del remitente tiene un formato no válido.",
        "Lee el texto tras el código. Si hay demasiados destinatarios, divide el envío en lotes más pequeños por conexión; si el remitente no es válido, corrige su dirección. Si un filtro rechazó el correo, solo el administrador del destinatario puede decir por qué y permitirlo.",
    ],
    // X.0.0
    [
        "Otro estado no definido",
        "El código solo indica la clase del resultado y nada sobre su causa: `2.0.0` es un éxito sin más, `4.0.0` un fallo temporal sin especificar y `5.0.0` un fallo permanente sin especificar. Cualquier explicación real está en el texto que sigue al código.",
        "Los servidores ponen `2.0.0` en las respuestas de éxito rutinarias, por ejemplo en la respuesta `221` a `QUIT`. Las formas de fallo se usan para errores que el software no puede asociar a un código más específico, y los informes de entrega deben recurrir a `4.0.0` o `5.0.0` cuando no encaja ningún código específico.",
        "Con `2.0.0` no hace falta nada, y con `4.0.0` tu servidor simplemente reintenta más tarde. Con `5.0.0`, lee el texto de la respuesta o del rebote, que suele indicar la causa; si no lo hace, envía la línea de error completa y su hora al administrador del servidor que la generó.",
    ],
    // X.1.0
    [
        "Otro estado de dirección",
        "Algo relacionado con una dirección, la del remitente o la de un destinatario, provocó este estado, y el servidor no da más detalles. Con la clase 2 solo confirma que se aceptó una dirección; con la clase 4 o 5, la dirección se rechazó por un motivo que el código no indica.",
        "La forma de éxito `2.1.0` suele responder a un `MAIL FROM` aceptado, como en el ejemplo del RFC 2034. Las formas de fallo llegan en respuesta a `MAIL FROM` o `RCPT TO` cuando una comprobación de dirección falla por un motivo que no cubre ninguno de los códigos de direccionamiento más específicos.",
        "Con `2.1.0` no hace falta nada. En los demás casos, revisa las direcciones del remitente y del destinatario en busca de errores tipográficos, caracteres sobrantes o un dominio equivocado, y lee el texto tras el código para conocer el motivo real. Si las direcciones son correctas, pregunta al administrador del servidor que las rechazó.",
    ],
    // X.1.1
    [
        "Dirección de buzón de destino incorrecta",
        "El dominio del destinatario acepta correo, pero el buzón indicado antes de la `@` no existe allí. El RFC 3463 lo reserva para fallos permanentes, así que la forma normal es `5.1.1`.",
        "Los servidores receptores responden a `RCPT TO` con `550` y `5.1.1` para un usuario desconocido, y los rebotes lo notifican cuando un servidor posterior descubre que el buzón no existe. IANA también lo asocia con `451`, así que puede aparecer un `4.1.1` temporal, aunque la situación en sí se considera permanente.",
        "Revisa cómo está escrita la parte anterior a la `@` y confirma la dirección con el destinatario por otra vía; puede que la persona se haya ido o haya cambiado de dirección. Volver a enviarlo a la misma dirección no servirá de nada. Si administras el dominio receptor y el usuario debería existir, revisa el buzón, sus alias y el directorio de usuarios.",
    ],
    // X.1.2
    [
        "Dirección de sistema de destino incorrecta",
        "La parte de la dirección del destinatario que va tras la `@` no lleva a ningún sistema que acepte correo: el dominio no existe o no puede recibir correo electrónico. El RFC 3463 lo reserva para fallos permanentes, así que aparece como `5.1.2`.",
        "Los servidores emisores lo notifican en los rebotes cuando la consulta DNS del dominio del destinatario no encuentra ese dominio o ningún servidor de correo utilizable. Los relays y los servidores de envío también pueden devolverlo a `RCPT TO` para un dominio al que saben que no se puede entregar.",
        "Revisa si el dominio tiene errores tipográficos, como una letra que falta o una terminación mal escrita, y confirma la dirección con el destinatario. Si el dominio es tuyo, asegúrate de que está registrado y publica registros MX o de dirección correctos.",
    ],
    // X.1.3
    [
        "Sintaxis incorrecta en la dirección del buzón de destino",
        "La dirección del destinatario no es una dirección bien formada, así que el servidor ni siquiera la consultó. El fallo puede estar en cualquier parte, antes o después de la `@`. El RFC 3463 lo reserva para fallos permanentes, así que aparece como `5.1.3`.",
        "Los servidores responden a `RCPT TO` con `501` y `5.1.3` cuando la dirección contiene caracteres prohibidos o espacios, le falta la `@` o tiene una de más, no lleva los corchetes angulares o es demasiado larga. Los rebotes lo muestran cuando un relay posterior no puede analizar una dirección.",
        "Corrige la dirección: quita espacios, comillas y signos de puntuación sueltos, y asegúrate de que tiene exactamente una `@` seguida de un dominio válido. Los desarrolladores deben comprobar que el cliente envía la dirección sola, entre corchetes angulares, tras `RCPT TO`. Las direcciones con caracteres no ASCII necesitan servidores compatibles con `SMTPUTF8`.",
    ],
    // X.1.4
    [
        "Dirección del buzón de destino ambigua",
        "La dirección del destinatario coincide con más de un buzón del sistema receptor, así que el servidor no puede saber a qué persona se refería. El RFC 3463 no lo limita a una sola clase.",
        "Procede de sistemas que asocian direcciones a buzones por aproximación, por ejemplo comparando el nombre de una persona, cuando la búsqueda encuentra varios candidatos. El RFC 5321 muestra la misma situación para `VRFY`, respondida con `553`.",
        "Usa la dirección exacta y completa del destinatario en lugar de un nombre o una forma abreviada, y pídesela si es necesario. Los administradores del sistema receptor pueden hacer que la dirección sea única o desactivar la coincidencia aproximada.",
    ],
    // X.1.5
    [
        "Dirección de destino válida",
        "Un estado de éxito: la dirección del destinatario se comprobó y se aceptó. El RFC 3463 lo reserva para informes positivos, así que solo aparece como `2.1.5`.",
        "Los servidores ponen `2.1.5` en la respuesta `250` a cada `RCPT TO` aceptado, como en el ejemplo del RFC 2034. Los informes de entrega también pueden mostrarlo para un destinatario al que el mensaje se retransmitió o entregó correctamente.",
        "No hay nada que corregir. Ten en cuenta que un destinatario aceptado todavía no es un mensaje entregado: el servidor aún puede rechazar el mensaje después de recibir los datos, o rebotarlo más tarde.",
    ],
    // X.1.6
    [
        "El buzón de destino se ha trasladado, sin dirección de reenvío",
        "La dirección funcionaba antes, pero el buzón ya no acepta correo y el servidor no tiene una dirección nueva que ofrecer. El RFC 3463 lo reserva para fallos permanentes, así que aparece como `5.1.6`.",
        "Los servidores receptores lo devuelven a `RCPT TO`, o lo notifican en un rebote, para direcciones antiguas, como las de personas que han dejado una organización o se han cambiado a otro proveedor.",
        "Deja de usar esta dirección y quítala de tus contactos y listas de correo. Contacta con la persona por otro medio para obtener su dirección actual. A diferencia de `551`, no se da ninguna dirección nueva, así que no hay nada que reintentar.",
    ],
    // X.1.7
    [
        "Sintaxis incorrecta en la dirección del buzón del remitente",
        "La dirección del remitente, normalmente la indicada en `MAIL FROM`, no es una dirección bien formada. El RFC 3463 no lo asocia a una sola clase, pero una dirección mal formada se volverá a rechazar si se envía sin cambios.",
        "Los servidores responden con él a `MAIL FROM`, junto con `501` o `553`, cuando la dirección tiene caracteres no válidos, no tiene dominio, le falta la `@` o no lleva corchetes angulares. Pueden provocarlo scripts, formularios web y dispositivos con una dirección de remitente mal configurada.",
        "Corrige la dirección del remitente en la configuración del programa o dispositivo que envía, para que sea una dirección completa con un dominio válido. Los desarrolladores deben comprobar que `MAIL FROM` lleva solo la dirección, entre corchetes angulares, sin nombre para mostrar.",
    ],
    // X.1.8
    [
        "Dirección de sistema del remitente incorrecta",
        "El dominio de la dirección del remitente no existe o no puede recibir correo, así que las respuestas y los rebotes nunca podrían llegar al remitente. `5.1.8` significa que el dominio no es utilizable; `4.1.8`, que la comprobación no pudo completarse por ahora y puede funcionar más tarde.",
        "Los servidores receptores responden con él a `MAIL FROM` tras consultar el dominio del remitente en el DNS y no encontrar ningún destino de correo utilizable. Muchos receptores rechazan este correo porque un remitente que no puede recibir rebotes suele ser señal de spam.",
        "Envía desde una dirección cuyo dominio exista y pueda recibir correo, y revisa la configuración de aplicaciones o dispositivos en busca de errores tipográficos y dominios de ejemplo. Si el dominio es tuyo, asegúrate de que está registrado y tiene registros MX o de dirección, y no publiques un MX nulo en un dominio desde el que envías.",
    ],
    // X.1.9
    [
        "Mensaje retransmitido a un sistema de correo no compatible",
        "La dirección del destinatario era válida y el mensaje se transmitió, pero a un sistema que no admite el seguimiento de mensajes, así que no hay más información sobre su avance. No es un error, y el RFC 3886 solo lo usa como `2.1.9`.",
        "Aparece en los informes de seguimiento de mensajes (RFC 3886), siempre junto con la acción «relayed», cuando el rastro de un mensaje termina en un sistema que no puede responder a peticiones de seguimiento. Normalmente no se envía como respuesta SMTP.",
        "No hay nada que corregir: el mensaje salió de los sistemas con seguimiento de forma normal. Para confirmar la entrega, pregunta al destinatario o al operador del siguiente sistema.",
    ],
    // X.1.10
    [
        "La dirección del destinatario tiene un MX nulo",
        "El dominio del destinatario publica un MX nulo, un registro DNS que declara que el dominio no acepta ningún correo. La dirección nunca podrá recibir correo, así que es un fallo permanente: `5.1.10`.",
        "Los servidores emisores y de envío rechazan `RCPT TO` con `556` y `5.1.10` cuando la consulta DNS del dominio del destinatario encuentra un MX nulo. Recibes el error de inmediato en lugar de tras días de reintentos. Microsoft Exchange Online envía `550 5.1.10` con un sentido propio: la dirección del destinatario no existe en la organización receptora.",
        "La dirección está mal escrita o el dominio no acepta correo a propósito: comprueba si la parte del dominio es una errata, una imitación del dominio previsto o el nombre de un servidor web, y pide al destinatario una dirección que funcione. Si el dominio es tuyo y quieres recibir correo, sustituye el MX nulo por registros MX reales.",
    ],
    // X.2.0
    [
        "Otro estado del buzón o estado no definido",
        "El buzón del destinatario existe, pero algo del propio buzón retrasó o detuvo el mensaje, y el servidor no da un código más preciso. Los problemas de un buzón corresponden al lado del destinatario.",
        "Los servidores receptores lo usan en respuestas a `RCPT TO` o al final de los datos del mensaje, y en rebotes, cuando un buzón no puede aceptar un mensaje por un motivo que no tiene código propio. El texto tras el código suele indicar cuál es el motivo.",
        "Con `4.2.0`, deja que tu servidor siga reintentando. Con `5.2.0`, avisa al destinatario por otra vía y cita el texto del error, porque solo él o su administrador de correo pueden arreglar el buzón.",
    ],
    // X.2.1
    [
        "Buzón desactivado, no acepta mensajes",
        "El buzón existe, pero se ha desactivado para el correo entrante. El RFC 3463 admite ambas clases: `5.2.1` cuando el buzón no se volverá a activar y `4.2.1` cuando solo está bloqueado durante un tiempo.",
        "Los proveedores lo envían en respuesta a `RCPT TO`, o en un rebote, para cuentas suspendidas, bloqueadas o cerradas pero aún no eliminadas. Los motivos exactos para desactivar un buzón dependen de cada proveedor.",
        "Contacta con el destinatario por otra vía y pídele una dirección que funcione o que vuelva a activar la cuenta. Con `4.2.1`, tu servidor reintenta por sí solo; con `5.2.1`, volver a enviarlo fallará hasta que se active el buzón.",
    ],
    // X.2.2
    [
        "Buzón lleno",
        "El buzón del destinatario ha alcanzado su cuota de almacenamiento, así que no cabe nada más hasta que el destinatario borre correo. El RFC 3463 pretende que se use como fallo temporal (`4.2.2`), pero también se envía con la respuesta permanente `552`, lo que da `5.2.2`.",
        "Los servidores receptores lo devuelven a `RCPT TO` o al final de los datos del mensaje cuando una cuenta supera su cuota, y los informes de entrega lo incluyen cuando el paso final de la entrega encuentra el buzón lleno. Afecta a un solo destinatario: otros del mismo servidor pueden seguir recibiendo el mensaje.",
        "Solo puede solucionarlo el destinatario, borrando o archivando correo, o su administrador, ampliando la cuota. Como remitente, avisa al destinatario por otra vía; con `4.2.2` tu servidor reintenta por sí solo, con `5.2.2` tienes que volver a enviar el mensaje más tarde.",
    ],
    // X.2.3
    [
        "La longitud del mensaje supera el límite administrativo",
        "El mensaje es más grande de lo que acepta este buzón en concreto: el destinatario tiene un límite de tamaño propio, inferior al límite general del servidor. El RFC 3463 lo concibe como fallo permanente (`5.2.3`), así que el mismo mensaje se volverá a rechazar.",
        "Los servidores lo envían con `552`, normalmente en respuesta al final de los datos del mensaje, para un destinatario cuyo límite de tamaño propio supera el mensaje. Otros destinatarios del mismo servidor, con límites más altos, pueden recibirlo igualmente.",
        "Reduce el tamaño del mensaje: quita o comprime los adjuntos, o comparte los archivos grandes mediante un enlace de descarga. Si el destinatario necesita recibir archivos grandes, puede pedir a su administrador que amplíe el límite de su buzón.",
    ],
    // X.2.4
    [
        "Problema al expandir la lista de correo",
        "La dirección del destinatario pertenece a una lista de correo, y la lista no se pudo expandir en las direcciones de sus miembros. El RFC 3463 admite ambas clases: `4.2.4` para un problema pasajero y `5.2.4` para uno duradero.",
        "Los servidores que alojan listas de correo o alias lo notifican, en respuesta a `RCPT TO` o en un rebote, cuando falla la conversión de la dirección de la lista en las direcciones de sus miembros. Se refiere a la lista en su conjunto, no a uno de sus miembros.",
        "Con `4.2.4`, deja que tu servidor lo reintente. Con `5.2.4`, avisa al propietario de la lista o al administrador del servidor de listas, ya que hay que reparar la propia lista antes de que volver a enviarlo sirva de algo.",
    ],
    // X.3.0
    [
        "Otro estado del sistema de correo o estado no definido",
        "El sistema receptor existe y normalmente acepta correo, pero algo del propio sistema, no la dirección ni el mensaje, provocó este estado, y no hay un código más preciso. Las formas de fallo sitúan la causa en el lado del destino.",
        "IANA lo asocia a una gran variedad de respuestas, desde `250` y `221` hasta `421`, `451`, `550` y `554`, así que aparece tanto en éxitos como en fallos. Las formas de fallo se usan para problemas internos del destino; el texto tras el código suele describirlos.",
        "Un `4.3.0` no requiere nada por tu parte, porque tu servidor reintenta. Si un `5.3.0` persiste, envía la línea de error completa y su hora al administrador de correo del destinatario, ya que el fallo está en su sistema. Si el sistema es tuyo, revisa sus logs de esa hora.",
    ],
    // X.3.1
    [
        "Sistema de correo lleno",
        "El sistema de correo receptor se ha quedado sin almacenamiento en su conjunto, no solo para un buzón, y los destinatarios no pueden liberar espacio por sí mismos. El RFC 3463 solo lo admite como fallo temporal, así que aparece como `4.3.1`.",
        "Los servidores envían `452` con `4.3.1` en respuesta a `MAIL FROM`, `RCPT TO` o al final de los datos del mensaje cuando se agota su disco o el almacenamiento de la cola. Con la extensión `SIZE`, un servidor también puede enviar `452` en `MAIL FROM` cuando no tiene sitio para un mensaje del tamaño declarado.",
        "Los remitentes no tienen que hacer nada: el mensaje sigue en la cola y se reintenta más tarde. El administrador del servidor receptor debe liberar espacio en disco o añadir almacenamiento, y vigilar la cola para que no vuelva a llenarse.",
    ],
    // X.3.2
    [
        "El sistema no acepta mensajes de la red",
        "El host donde reside el buzón no está aceptando mensajes, por ahora o en absoluto. El RFC 3463 admite ambas clases: `4.3.2` para causas pasajeras como mantenimiento, carga elevada o un apagado próximo, y `5.3.2` cuando el host rechaza el correo definitivamente.",
        "Los servidores envían `4.3.2` con un rechazo temporal mientras están sobrecargados, en mantenimiento o apagándose. Un host que nunca acepta correo saluda con `521` (RFC 7504), sin código de estado mejorado, ya que el RFC 2034 no pone ninguno en el saludo; para las respuestas que sí lo llevan, el registro de IANA asocia `5.3.2` con `521` y con `453`.",
        "Con `4.3.2`, deja que tu servidor lo reintente más tarde; el mensaje no tiene ningún problema. Con `5.3.2`, y sobre todo con `521`, ese host no acepta correo: revisa la dirección y los registros MX del dominio del destinatario, y pide al destinatario otra forma de contactar con él.",
    ],
    // X.3.3
    [
        "El sistema no admite las funciones seleccionadas",
        "El mensaje pide una función u opción que el sistema receptor no puede ofrecer, así que no puede tratarse como solicitó el remitente. El RFC 3463 cita las pasarelas como origen típico, cuando una función de un entorno de correo no tiene equivalente en el otro.",
        "Aparece en rebotes de pasarelas hacia otros sistemas de correo, y en respuestas de servidores que no pueden respetar una opción de la que depende el mensaje. El texto tras el código debería indicar la función.",
        "Averigua qué función se rechazó y vuelve a enviarlo sin ella o por una ruta que la admita. Si el rechazo procede de tu propia pasarela, su administrador tiene que añadir compatibilidad con la función o cambiar cómo se traduce.",
    ],
    // X.3.4
    [
        "Mensaje demasiado grande para el sistema",
        "El mensaje supera el tamaño máximo que acepta el sistema receptor, sea cual sea el destinatario. El límite puede ser técnico o de política. El RFC 3463 solo lo admite como fallo permanente, así que aparece como `5.3.4`.",
        "Los servidores lo envían con `552` en respuesta a `MAIL FROM` cuando el `SIZE` declarado supera su límite, o con `552` o `554` tras los datos del mensaje, una vez conocido el tamaño real. Los servidores compatibles con `SIZE` pueden indicar su límite en la respuesta a `EHLO`.",
        "Reduce el tamaño del mensaje: comparte los archivos grandes mediante un enlace de descarga, o comprime o divide los adjuntos. Si la respuesta del servidor a `EHLO` muestra un número tras `SIZE`, ese es su límite en bytes. Enviar otra vez el mismo mensaje sin cambios volverá a fallar.",
    ],
    // X.3.5
    [
        "Sistema configurado incorrectamente",
        "La propia configuración del sistema receptor le impide aceptar este mensaje. Apunta a un fallo de configuración en ese servidor, no a un problema de tu mensaje ni de tus direcciones.",
        "Los servidores y los relays lo notifican cuando su configuración les impide aceptar o transmitir un mensaje. La clase indica si se espera que el fallo se corrija pronto (`4.3.5`) o no (`5.3.5`).",
        "El remitente no puede solucionarlo. Comunica la línea de error completa, su hora y la dirección del destinatario al administrador del servidor que lo envió; si es de otro dominio, a través del destinatario o de su dirección postmaster. Si el servidor es tuyo, revisa su configuración de dominios, enrutamiento y entrega, y sus logs.",
    ],
    // X.3.6
    [
        "Se cambió la prioridad solicitada",
        "El mensaje se aceptó, pero no con la prioridad que el remitente pidió con `MT-PRIORITY` (o con la prioridad predeterminada, si no pidió ninguna): el servidor la subió o la bajó. Es un éxito, `2.3.6`, y el texto de la respuesta empieza por la nueva prioridad.",
        "Los servidores compatibles con `MT-PRIORITY` lo envían en la respuesta `250` a `MAIL FROM` o al final de los datos del mensaje cuando su política asigna otra prioridad, por ejemplo una basada en la cuenta con la que se autenticó el remitente.",
        "No hay nada que corregir: el mensaje va de camino. Si necesitas una prioridad más alta, pregunta al administrador del servidor si tu cuenta o tu dominio pueden usarla; un servidor puede negarse a subir la prioridad a remitentes en los que no confía y, aun así, permitirles bajar la suya.",
    ],
    // X.4.0
    [
        "Otro estado de red o de enrutamiento, o estado no definido",
        "La entrega falló o se retrasó por un problema de red o de enrutamiento que el sistema que lo notifica no pudo describir con más precisión. El dígito de clase sigue indicando si el problema es temporal (`4.4.0`) o permanente (`5.4.0`).",
        "Los servidores de correo lo incluyen en avisos de retraso y de fallo, o en una respuesta, si la conexión con el siguiente servidor o el enrutamiento hacia él falla por un motivo que no cubre ninguno de los códigos de red específicos.",
        "Con `4.4.0`, deja que el servidor emisor siga reintentando. Si persiste, o con `5.4.0`, lee el texto tras el código y la parte de diagnóstico del rebote, y luego revisa el DNS y la conectividad entre el servidor emisor y los servidores de correo del destino.",
    ],
    // X.4.1
    [
        "El host no responde",
        "El servidor emisor intentó conectarse al siguiente servidor de correo, pero el host no respondió porque estaba ocupado, caído o inaccesible. El RFC 3463 lo concibió solo como estado temporal, así que incluso un rebote definitivo puede mostrar `4.4.1` después de que el remitente reintentara hasta agotar su plazo.",
        "Normalmente lo notifica tu propio servidor de correo en un aviso de retraso o en su log, después de que las conexiones a los hosts de correo del destinatario agoten el tiempo de espera o sean rechazadas. Los servidores de envío con `BURL` responden `451 4.4.1` si no pueden contactar con el servidor IMAP que contiene el mensaje. Microsoft Exchange Online también responde `550 5.4.1` para rechazar direcciones de destinatario que no existen en la organización receptora, un uso propio de ese proveedor.",
        "Espera, porque el servidor emisor reintenta por sí solo. Si dura horas, comprueba que el dominio del destinatario tiene registros MX correctos, que sus servidores de correo funcionan y aceptan conexiones, y que ningún cortafuegos bloquea el tráfico. Si es un rechazo `5.4.1`, lee el texto tras el código.",
    ],
    // X.4.2
    [
        "Conexión defectuosa",
        "Se estableció una conexión con el siguiente servidor, pero falló antes de completar la transacción del mensaje, por un tiempo de espera agotado o un enlace deficiente. El RFC 3463 lo concibió solo como estado temporal (`4.4.2`); el mensaje en sí no tiene ningún problema.",
        "Los servidores emisores lo registran si el otro lado deja de responder durante la sesión o la conexión se corta, por ejemplo en mitad de una transferencia `DATA` larga. Los servidores también pueden combinarlo con `421` cuando cierran una sesión antes de tiempo.",
        "Deja que el servidor emisor lo reintente: un cliente cuya conexión se corta debe tratar la transacción como si hubiera recibido un `451` temporal. Si sigue fallando con un mismo destino, busca pérdida de paquetes en la ruta de red y comprueba que los tiempos de espera de ambos servidores llegan al menos a los mínimos del RFC 5321.",
    ],
    // X.4.3
    [
        "Fallo del servidor de directorio",
        "El mensaje no se pudo transmitir porque un servicio de directorio del que depende el sistema de correo, casi siempre el DNS, no estaba accesible o no respondió. El RFC 3463 lo concibió solo como estado temporal (`4.4.3`).",
        "Los servidores lo usan si una consulta DNS necesaria para la entrega agota el tiempo de espera o falla en el lado del servidor DNS. Los servidores receptores que comprueban SPF envían `451 4.4.3` si la comprobación SPF se topa con un error DNS temporal.",
        "Normalmente un reintento posterior funciona cuando el DNS vuelve a responder. Si persiste, revisa el resolvedor del servidor que notificó el error y asegúrate de que los servidores de nombres del dominio afectado responden y publican registros MX y SPF correctos.",
    ],
    // X.4.4
    [
        "No se puede enrutar",
        "El sistema de correo no pudo determinar adónde enviar el mensaje a continuación, porque no estaban disponibles los datos de enrutamiento que necesita, normalmente los registros DNS del dominio del destinatario. El RFC 3463 admite una forma temporal (`4.4.4`) y una permanente (`5.4.4`).",
        "Los servidores emisores lo notifican si el dominio del destinatario no existe, no tiene registros MX o de dirección utilizables, o si una consulta DNS sobre él solo devuelve un registro SOA. Un fallo pasajero del DNS da `4.4.4`; un dominio sin ninguna ruta de correo da `5.4.4`.",
        "Revisa si la parte del dominio de la dirección del destinatario tiene errores tipográficos. Si el dominio es correcto, su propietario debe publicar registros MX (o un registro de dirección) que lleven a un servidor de correo accesible. Con `4.4.4`, el servidor emisor sigue reintentando mientras tanto.",
    ],
    // X.4.5
    [
        "Congestión del sistema de correo",
        "El mensaje no se entregó porque el sistema de correo estaba congestionado, por ejemplo sobrecargado o con la cola atascada. El RFC 3463 lo concibió solo como estado temporal (`4.4.5`); el mensaje no tiene ningún problema.",
        "Los servidores ocupados lo envían en respuesta a comandos, a menudo como `451 4.4.5`, y los servidores emisores lo anotan en los avisos de retraso. Algunos servidores también lo usan para frenar a clientes que abren demasiadas conexiones o envían demasiado rápido.",
        "Deja que el servidor emisor lo reintente más tarde con intervalos crecientes. Si haces envíos masivos y lo ves a menudo, reduce el número de conexiones en paralelo y el ritmo de envío hacia ese destino. Si procede de tu propio servidor, revisa su carga y su cola.",
    ],
    // X.4.6
    [
        "Bucle de enrutamiento detectado",
        "El mensaje pasó entre servidores demasiadas veces, así que un servidor lo detuvo para romper el bucle. Lo provocan tablas de enrutamiento erróneas o direcciones que se reenvían entre sí. El RFC 3463 lo describe como estado temporal (`4.4.6`).",
        "Los servidores suelen detectar un bucle contando los campos de cabecera Received de un mensaje; el RFC 5321 pide un límite alto, normalmente de al menos 100. Suele aparecer tras una nueva regla de reenvío que devuelve el correo a una dirección anterior, o tras un cambio de MX o de relay que hace que los servidores se pasen el correo entre sí.",
        "Mira los campos de cabecera Received del mensaje devuelto para ver por qué servidores pasó. Después, elimina la regla de reenvío, el alias o la ruta de relay que apunta de vuelta a un salto anterior. El remitente no puede solucionarlo; deben hacerlo los administradores de los sistemas implicados en el bucle.",
    ],
    // X.4.7
    [
        "Tiempo de entrega agotado",
        "El mensaje era demasiado antiguo: permaneció en una cola más tiempo del que permite el sistema, o venció un plazo de entrega fijado por el remitente. El RFC 3463 prefiere que, cuando lo conocen, los servidores notifiquen en su lugar el problema real que impidió la entrega.",
        "Aparece sobre todo en rebotes de un servidor emisor que reintentó la entrega a un destino durante días sin éxito; el RFC 5321 sugiere no desistir antes de 4 o 5 días. Con la extensión Deliver By, un plazo incumplido da un fallo `5.4.7` o un aviso de retraso `4.4.7`, según el modo que eligió el remitente.",
        "Busca en el rebote o en el log del servidor los errores de los intentos de entrega anteriores; muestran la causa real, como un host inaccesible o un buzón lleno. Haz que se corrija y luego vuelve a enviar el mensaje.",
    ],
    // X.5.0
    [
        "Otro estado de protocolo o estado no definido",
        "Algo falló en el propio intercambio SMTP y no encaja ningún código de protocolo más específico, así que el código de respuesta básico y su texto contienen los detalles. La forma de éxito `2.5.0` solo confirma que un paso del protocolo funcionó.",
        "Acompaña a muchas respuestas distintas: `250 2.5.0` tras un comando correcto, `503 5.5.0` o `554 5.5.0` cuando se envía el contenido del mensaje con `BURL` sin ningún destinatario aceptado, y `4.5.0` o `5.5.0` para otros errores de comandos. El registro también lo asocia a las respuestas `458` y `459` de `ETRN`.",
        "Con `2.5.0` no hace falta hacer nada. Si es un error, lee el código de respuesta básico y el texto tras el código de estado mejorado, y busca en el log SMTP el comando que lo provocó. La solución suele ser cambiar la secuencia de comandos o la configuración del cliente.",
    ],
    // X.5.1
    [
        "Comando no válido",
        "El cliente envió un comando que el servidor no admite, o lo envió en un momento incorrecto de la sesión, como `DATA` antes de ningún `RCPT TO` aceptado. El RFC 3463 lo concibió solo como estado permanente (`5.5.1`).",
        "Los servidores lo combinan con respuestas como `500` o `503`: un comando desconocido o desactivado, un segundo `MAIL FROM` en una misma transacción, `RCPT TO` antes de `MAIL FROM`, o un comando enviado antes de un paso obligatorio de `STARTTLS` o `AUTH`.",
        "Hay que corregir el software que envía: respeta el orden `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, y usa solo los comandos que el servidor anunció en su respuesta a `EHLO`. En scripts y dispositivos que envían correo, comprueba si el servidor exige `STARTTLS` o `AUTH` primero.",
    ],
    // X.5.2
    [
        "Error de sintaxis",
        "El servidor no pudo interpretar un comando, bien porque su sintaxis era incorrecta, bien porque la palabra del comando es desconocida. El RFC 3463 lo concibió solo como estado permanente (`5.5.2`).",
        "Los servidores lo envían con `500` o `501` para comandos mal formados y con `501` cuando una respuesta de `AUTH` no es Base64 válido. Los servidores receptores también responden `550 5.5.2` cuando no se puede interpretar el registro SPF del dominio emisor (un «permerror» de SPF).",
        "En los errores de comandos, el software cliente tiene que enviar comandos SMTP bien formados; el comando rechazado en el log SMTP muestra qué está mal. En el caso de SPF, el propietario del dominio emisor debe reparar el registro SPF en el DNS.",
    ],
    // X.5.3
    [
        "Demasiados destinatarios",
        "El mensaje indicaba más destinatarios de los que el servidor acepta en una transacción. El RFC 3463 espera que el remitente divida la lista y entregue los destinatarios restantes en una transacción posterior; el código existe para los casos en que eso no es posible.",
        "Los servidores lo envían en respuesta a `RCPT TO` al alcanzar su límite de destinatarios por mensaje, normalmente con `452`, la respuesta que prescribe el RFC 5321 para esto, o con `451`. Un servidor que aplica una política del sitio puede usar en su lugar una respuesta permanente `5.5.3`.",
        "Un cliente conforme envía el mensaje a los destinatarios ya aceptados y reintenta los rechazados en una nueva transacción. Si una persona lo recibe en un rebote, debe dividir los destinatarios en grupos más pequeños o usar una lista de correo. Los administradores pueden revisar el límite de destinatarios configurado en el servidor.",
    ],
    // X.5.4
    [
        "Argumentos de comando no válidos",
        "El comando era válido, pero uno de sus argumentos no: estaba fuera de rango, mal formado o se refería a una función que el servidor no admite. El RFC 3463 lo concibió solo como estado permanente (`5.5.4`).",
        "Los casos típicos son un comando `AUTH` que nombra un mecanismo que el servidor no ofrece (`504 5.5.4`), un parámetro de `MAIL FROM` o `RCPT TO` que el servidor no conoce (`555`) y valores no válidos en parámetros de extensión, como un plazo de Deliver By o un tiempo de retención para entrega diferida (`501 5.5.4`).",
        "Compara el comando rechazado en el log SMTP con las extensiones y los mecanismos `AUTH` que el servidor anunció en su respuesta a `EHLO`, y envía solo parámetros admitidos con valores válidos. Se trata de un ajuste del cliente o de un fallo de software, así que reintentar sin cambios volverá a fallar.",
    ],
    // X.5.5
    [
        "Versión de protocolo incorrecta",
        "Los dos sistemas usan versiones de un protocolo que no coinciden, y no pudieron ponerse de acuerdo en una que ambos admitan. El RFC 3463 no lo asocia a una sola clase, y el registro no le asigna ningún código de respuesta.",
        "Es poco frecuente en SMTP puro, donde las funciones se negocian mediante `EHLO`. Las pasarelas y otros sistemas de correo pueden notificarlo en un aviso de entrega si el siguiente sistema usa una versión incompatible de un protocolo de correo.",
        "Lee el texto tras el código para ver qué protocolo o versión se rechazó. Los administradores de los dos sistemas deben actualizar o reconfigurar uno de los lados para que ambos compartan una versión; volver a enviarlo sin cambios no sirve de nada.",
    ],
    // X.5.6
    [
        "Línea del intercambio de autenticación demasiado larga",
        "Durante `AUTH`, el cliente envió una respuesta en Base64 más larga que el búfer que tiene el servidor para el mecanismo SASL elegido, así que la autenticación falló. El registro admite tanto una forma permanente como una temporal.",
        "Los servidores responden `500 5.5.6` a un intercambio `AUTH` cuya línea de respuesta supera su límite, por ejemplo cuando un cliente envía un token de credenciales grande en una sola línea. El RFC 4954 consideraba suficientes 12288 octetos para los mecanismos en uso cuando se redactó.",
        "Ambos lados deben poder manejar las respuestas más largas que generan sus mecanismos. El administrador del servidor puede ampliar el límite de línea para la autenticación, o el cliente puede cambiar a un mecanismo con respuestas más cortas.",
    ],
    // X.6.0
    [
        "Otro error de contenido o error no definido",
        "Algo del contenido del mensaje impidió entregarlo y no encaja ningún código de contenido específico; el texto tras el código suele dar el motivo. En la forma de éxito `2.6.0`, solo confirma que se aceptaron los datos del mensaje.",
        "Los servidores pueden usar `5.6.0` o `4.6.0` tras el `.` final de `DATA` para rechazar contenido, por ejemplo un mensaje con una estructura dañada; qué problemas notifican así depende del servidor. La respuesta de éxito `250 2.6.0` a unos datos de mensaje aceptados aparece en los ejemplos del RFC 2034.",
        "Lee el texto tras el código, que normalmente indica el problema. Corrige el mensaje, por ejemplo su formato o la parte rechazada, y vuelve a enviarlo. Si el contenido parece correcto, pregunta al administrador del destinatario qué objetó su sistema.",
    ],
    // X.6.1
    [
        "Tipo de contenido no admitido",
        "El mensaje contiene un tipo de contenido que el protocolo de entrega o el siguiente sistema del trayecto no puede manejar. El RFC 3463 lo concibió solo como estado permanente (`5.6.1`).",
        "Los casos típicos son contenido binario o de 8 bits sin codificar ofrecido a un servidor que no anunció `BINARYMIME` ni `8BITMIME`, y pasarelas hacia otros sistemas de correo que no pueden transportar algunos tipos de contenido.",
        "Envía el contenido de una forma que todo el trayecto pueda transportar, por ejemplo con los adjuntos codificados en Base64 en lugar de en binario sin codificar, o en un formato más común. Los administradores de un servidor emisor deben asegurarse de que convierte el contenido binario o de 8 bits para los servidores que no lo admiten o, si no, de que lo devuelve con un error claro.",
    ],
    // X.6.2
    [
        "Conversión necesaria pero prohibida",
        "Habría que convertir el contenido para que el siguiente sistema pudiera aceptarlo, pero la conversión no está permitida. O bien el remitente la prohibió en el mensaje, o bien la prohíbe la política del host emisor.",
        "Los relays y las pasarelas lo notifican en avisos de fallo si el siguiente salto no puede aceptar el contenido sin cambios y el propio mensaje o la política del sitio emisor descartan convertirlo.",
        "Envía el mensaje de una forma que el destino acepte sin conversión, por ejemplo con partes MIME codificadas en 7 bits, o permite la conversión si tu programa de correo o la política de tu sitio ofrecen esa opción.",
    ],
    // X.6.3
    [
        "Conversión necesaria pero no admitida",
        "Hay que convertir el contenido para que el siguiente salto lo acepte, pero un host del trayecto no puede hacer esa conversión o no la considera viable. Un caso clásico es un mensaje de 8 bits que debe pasar a 7 bits para el siguiente servidor y atraviesa un relay que no puede recodificarlo.",
        "Los relays lo incluyen en avisos de fallo si el siguiente servidor no tiene `8BITMIME` o `BINARYMIME` y no pueden recodificar el mensaje. Los servidores de envío responden `554 5.6.3` a `BURL` si el contenido obtenido es binario o tiene cabeceras de 8 bits que no convierten.",
        "Envía el mensaje ya codificado para el transporte de 7 bits (partes del cuerpo en quoted-printable o Base64, texto de cabecera codificado); muchos programas de correo pueden hacerlo. Los administradores de relays pueden activar la conversión de 8 a 7 bits si su software la admite.",
    ],
    // X.6.4
    [
        "Conversión realizada con pérdida",
        "Hubo que convertir el contenido por el camino y en la conversión se perdieron datos. Como `2.6.4` es una advertencia asociada a una entrega correcta; como `5.6.4` es un fallo, porque el remitente había prohibido la conversión con pérdida.",
        "Los servidores responden `250 2.6.4` tras una conversión con pérdida, por ejemplo un servidor de envío `BURL` que recodificó cabeceras de 8 bits y tuvo que adivinar su juego de caracteres. Los avisos de fallo llevan `5.6.4` si la única conversión posible perdería datos y el remitente lo prohibió.",
        "Tras `2.6.4` el mensaje llegó, pero comprueba que el destinatario puede leerlo; para evitar la advertencia, envía contenido con las etiquetas de juego de caracteres correctas y las cabeceras codificadas. Tras `5.6.4`, envía contenido que no necesite una conversión con pérdida, o permite esa conversión.",
    ],
    // X.6.5
    [
        "Falló la conversión",
        "Hacía falta convertir el contenido del mensaje y se intentó, pero no tuvo éxito. El RFC 3463 admite una forma temporal (`4.6.5`) y una permanente (`5.6.5`).",
        "Los relays, las pasarelas y los servidores que transforman contenido lo notifican en avisos de fallo si la conversión falla, por ejemplo ante contenido mal formado. Según las reglas de conversión de contenido del RFC 4141, cualquier conversión fallida detiene el procesamiento con `5.6.5`.",
        "Con `4.6.5`, un intento posterior puede funcionar. Con `5.6.5`, revisa si el mensaje tiene partes mal formadas o etiquetas de juego de caracteres erróneas y vuelve a enviarlo de una forma más sencilla, o pide al administrador del sistema que hace la conversión que revise sus logs.",
    ],
    // X.6.6
    [
        "Contenido del mensaje no disponible",
        "El servidor tenía que obtener el contenido del mensaje de otro sistema y no lo consiguió. Pertenece a la extensión `BURL`, en la que un servidor de envío toma el mensaje de un servidor IMAP; el RFC 4468 admite una forma temporal y una permanente.",
        "Los servidores de envío responden `554 5.6.6` a un comando `BURL` si el servidor IMAP devuelve un error o ningún dato para la URL. Un fallo de conexión con el servidor IMAP se notifica de otra forma, como `451 4.4.1`.",
        "Comprueba que la URL sigue apuntando a un mensaje existente y que el servidor de envío tiene permiso para obtenerlo del servidor IMAP. Debe corregirlo el programa de correo o el administrador de ambos servidores; enviar el mensaje completo con `DATA` o `BDAT` evita el problema.",
    ],
    // X.6.7
    [
        "No se permiten direcciones no ASCII para ese remitente o destinatario",
        "El servidor rechazó una dirección internacionalizada, con caracteres fuera de ASCII como letras acentuadas o escrituras no latinas, porque para este remitente o destinatario solo se permiten direcciones ASCII.",
        "Los servidores compatibles con `SMTPUTF8` responden `553` con este código a un `RCPT TO` cuyo destinatario debe tener una dirección ASCII, y `550` con él a un `MAIL FROM` cuyo remitente debe tener una dirección ASCII.",
        "Usa una dirección solo ASCII para ese buzón si su titular tiene una. Si no, el administrador del buzón rechazado debe habilitar en él las direcciones internacionalizadas; volver a enviarlo sin cambios fallará de nuevo.",
    ],
    // X.6.8
    [
        "Se requiere una respuesta con cadena UTF-8, pero el cliente SMTP no la permite",
        "El servidor necesitaba texto UTF-8 en su respuesta para mostrar un nombre de buzón, pero el cliente no había permitido respuestas UTF-8, así que el servidor no pudo dar esa respuesta. Pertenece a la extensión `SMTPUTF8`.",
        "Los servidores lo usan para comandos `VRFY` o `EXPN` enviados sin el parámetro `SMTPUTF8` si la respuesta contendría un buzón no ASCII; el RFC 6531 exige en ese caso el código de respuesta `252` o `550`.",
        "Repite el comando `VRFY` o `EXPN` con el parámetro `SMTPUTF8` si el cliente admite el correo internacionalizado. Un cliente que no puede manejar respuestas UTF-8 no puede obtener esta respuesta; ningún mensaje se ve afectado.",
    ],
    // X.6.9
    [
        "El mensaje con cabeceras UTF-8 no puede transferirse a uno o más destinatarios, así que debe rechazarse",
        "El mensaje tiene campos de cabecera internacionalizados (UTF-8) y al menos un destinatario no puede aceptar un mensaje así, de modo que el servidor rechazó el mensaje completo después de recibir su contenido.",
        "Los servidores lo envían tras el `.` final de `DATA`. El RFC 6531 indica `554` como código de respuesta para esto, mientras que el registro incluye `550`, así que puede aparecer cualquiera de los dos; el RFC 6531 anima a los servidores a detectar el problema antes, en `RCPT TO`.",
        "Envía el mensaje a los destinatarios afectados con cabeceras y direcciones solo ASCII, o pide a sus administradores que habiliten el correo internacionalizado (`SMTPUTF8`). A los destinatarios que aceptan UTF-8 se les puede enviar en un mensaje aparte.",
    ],
    // X.6.10
    [
        "Duplicado obsoleto de X.6.8",
        "El registro conserva `X.6.10` solo como duplicado obsoleto de `X.6.8`, sin texto de ejemplo ni código de respuesta asociado. Si un servidor lo envía, interprétalo como `X.6.8`: una respuesta habría necesitado texto UTF-8 que el cliente no había permitido.",
        "No debería aparecer en las respuestas actuales. Un servidor que aún lo envía quiere decir `X.6.8`, normalmente en respuesta a un comando `VRFY` o `EXPN` enviado sin el parámetro `SMTPUTF8`.",
        "Trátalo como `X.6.8`: repite el comando con el parámetro `SMTPUTF8` si tu cliente lo admite. Los operadores de un servidor que lo envía deben cambiarlo por `X.6.8`.",
    ],
    // X.7.0
    [
        "Otro estado de seguridad o estado no definido",
        "Una regla de seguridad o de política detuvo el comando o el mensaje, y el servidor no tiene un código más preciso o prefiere no decir más. El texto tras el código suele ser el único lugar donde se indica el motivo real.",
        "El RFC 4954 lo combina con `454` para un fallo temporal de inicio de sesión en el lado del servidor y con `530` cuando un comando necesita primero `AUTH`. Los servidores que exigen `STARTTLS` antes de nada también responden `530 5.7.0`, y algunos lo usan para rechazos de política que no quieren explicar.",
        "Tras `530`, haz lo que pide el servidor: inicia TLS con `STARTTLS` o inicia sesión con `AUTH` antes de `MAIL FROM`. Tras `454`, no vuelvas a introducir la contraseña: el servidor tuvo un fallo pasajero, así que inténtalo de nuevo más tarde. En otros casos, lee el texto de la respuesta y, si no dice nada útil, pregunta al postmaster del sitio receptor.",
    ],
    // X.7.1
    [
        "Entrega no autorizada, mensaje rechazado",
        "La política del lado receptor no permite que este remitente envíe a este destinatario, así que el mensaje se rechazó. El bloqueo puede ir dirigido a tu servidor o dirección IP, a tu dirección o dominio, o ser un ajuste del destinatario; el contenido en sí puede estar bien.",
        "Los servidores lo envían para negarse a retransmitir correo hacia dominios que no gestionan, para rechazar hosts o remitentes que bloquean sus filtros y, como recomienda el RFC 7208, cuando falla la comprobación SPF. El RFC 7489 muestra `550 5.7.1` como respuesta a un mensaje rechazado según la política DMARC del dominio del remitente.",
        "Lee en el texto de la respuesta qué regla se aplicó. Si menciona la retransmisión (relay), inicia sesión en tu propio servidor saliente en lugar de enviar a través del de otra persona. Con SPF o DMARC, el administrador del remitente debe corregir los registros DNS del dominio (consulta `X.7.23` y `X.7.26`); una lista de bloqueo concreta requiere una solicitud de exclusión, y solo el destinatario puede levantar su propio bloqueo.",
    ],
    // X.7.2
    [
        "Expansión de la lista de correo prohibida",
        "La dirección es una lista de correo y no tienes permiso para publicar en ella. La lista en sí funciona; simplemente sus reglas no aceptan mensajes de tu dirección.",
        "Los servidores de listas y de correo lo envían para listas que solo aceptan mensajes de miembros o de remitentes aprobados, o que no aceptan ninguno. También aparece cuando un miembro escribe desde una dirección distinta de la suscrita.",
        "Envía desde la dirección suscrita a la lista, o pide al propietario de la lista que te permita publicar o que reenvíe tu mensaje. Volver a enviar el mismo mensaje no servirá de nada hasta que cambien las reglas de la lista.",
    ],
    // X.7.3
    [
        "Conversión de seguridad necesaria pero imposible",
        "Para entregar el mensaje habría que haber convertido su protección de seguridad de un formato de mensajería segura a otro, y el sistema intermedio no podía hacerlo. El mensaje está protegido de una forma que el destino no puede usar.",
        "Las pasarelas entre distintos sistemas de mensajería segura lo envían cuando un mensaje firmado o cifrado tiene que pasar a un sistema que usa otro protocolo de seguridad y no hay conversión posible entre ambos.",
        "Protege el mensaje con un formato que admita el sistema del destinatario, o envíalo sin esa protección si tu política lo permite, y acuerda un formato común con el destinatario. El operador de la pasarela puede decirte qué formatos puede convertir.",
    ],
    // X.7.4
    [
        "Funciones de seguridad no admitidas",
        "El mensaje o el comando pedía una función de seguridad, como un tipo de autenticación segura, que no se puede ofrecer en este trayecto de entrega. La petición no se puede atender tal como se hizo.",
        "Los servidores lo envían cuando un cliente pide un mecanismo de seguridad que no implementan; IANA lo asocia con `504`, la respuesta que prescribe el RFC 4954 para un mecanismo `AUTH` que el servidor no admite. Las pasarelas lo envían cuando el siguiente protocolo del trayecto no puede transportar las funciones de seguridad del mensaje.",
        "Comprueba qué admite el servidor (su respuesta a `EHLO` enumera las extensiones y los mecanismos `AUTH`) y usa uno de ellos, o envía sin esa función si tu política lo permite. Si de verdad necesitas la función, el administrador del lado receptor tiene que añadir compatibilidad con ella.",
    ],
    // X.7.5
    [
        "Fallo criptográfico",
        "Un sistema autorizado a verificar o descifrar el mensaje por el camino no pudo hacerlo, porque faltaba una clave u otra información necesaria o no era válida. El problema es el material de claves, no una modificación del mensaje.",
        "Los verificadores de firmas y las pasarelas de descifrado lo envían cuando no pueden obtener una clave necesaria o la clave que encontraron no es utilizable. El RFC 6376 sugiere `451 4.7.5` para un verificador DKIM que no puede obtener la clave pública porque el servidor de claves no responde.",
        "Con `4.7.5`, deja que sigan los reintentos: la fuente de la clave puede volver a estar disponible. Si persiste, el administrador del remitente debe comprobar que las claves de firma o cifrado están publicadas y son válidas (en DKIM, el registro de la clave bajo el selector indicado en la firma), y el destinatario debe comprobar que tiene instaladas las claves de descifrado correctas.",
    ],
    // X.7.6
    [
        "Algoritmo criptográfico no admitido",
        "Un sistema autorizado a verificar o descifrar el mensaje no pudo hacerlo, porque el mensaje se firmó o cifró con un algoritmo que no admite. Las claves pueden estar bien; el obstáculo es el algoritmo.",
        "Las pasarelas y los filtros que comprueban firmas o descifran correo lo envían cuando un mensaje usa un algoritmo que no implementan, ya sea uno demasiado nuevo para ellos o uno que han dejado de admitir.",
        "El remitente debe firmar o cifrar con un algoritmo ampliamente admitido que el destinatario acepte, acordándolo con él si es necesario. Si el software del destinatario está desactualizado, su administrador tiene que añadir compatibilidad con el algoritmo.",
    ],
    // X.7.7
    [
        "Fallo de integridad del mensaje",
        "Un sistema autorizado a verificar el mensaje descubrió que se había dañado o alterado por el camino, así que su firma u otra comprobación de integridad ya no coincide. El RFC 3463 permite este código en informes permanentes, temporales e incluso de éxito.",
        "Los verificadores lo envían cuando un mensaje firmado o protegido no supera su comprobación de integridad, a menudo porque un servidor del trayecto reescribió cabeceras o añadió texto después de la firma. El RFC 7372 también propone `5.7.7` como código genérico para los operadores que no quieren revelar qué comprobación de autenticación falló.",
        "Averigua qué modifica el mensaje después de firmarlo: los sospechosos habituales son el software de listas de correo, los reenviadores, las pasarelas de seguridad y las herramientas que añaden pies de página o avisos legales. Firma como último paso justo antes de que salga el mensaje, o evita la modificación; comparar la copia enviada con la recibida muestra qué se alteró.",
    ],
    // X.7.8
    [
        "Credenciales de autenticación no válidas",
        "El inicio de sesión con `AUTH` falló porque el nombre de usuario, la contraseña u otras credenciales eran incorrectos o insuficientes para esta cuenta. No has iniciado sesión, y todo lo que lo requiera será rechazado.",
        "Los servidores de envío responden a un `AUTH` fallido con `535 5.7.8`, por ejemplo cuando el programa de correo aún tiene guardada una contraseña antigua. La especificación anterior de `BURL` (RFC 4468) también usaba `5.7.8` para la falta de una relación de confianza; el RFC 5248 trasladó ese significado a `X.7.14`.",
        "Revisa el nombre de usuario y la contraseña en la configuración del servidor saliente (SMTP) del programa de correo y vuelve a introducirlos. Algunos proveedores esperan la dirección de correo completa como nombre de usuario, o una contraseña de aplicación específica en lugar de la normal.",
    ],
    // X.7.9
    [
        "El mecanismo de autenticación es demasiado débil",
        "El servidor no acepta el método de inicio de sesión que el cliente eligió para este usuario, porque su política exige uno más robusto. La contraseña puede ser perfectamente correcta; lo que no se permite es la forma de presentarla.",
        "Los servidores responden a `AUTH` con `534 5.7.9` cuando el mecanismo seleccionado es más débil de lo que su política permite para esa cuenta, por ejemplo después de que el proveedor endureciera sus reglas de inicio de sesión. Yahoo envía `554 5.7.9` con un sentido propio: el mensaje se rechazó por su política, casi siempre porque no superó la autenticación o la política DMARC del dominio del remitente.",
        "Elige otro método de autenticación en la configuración del servidor saliente del cliente, uno de los mecanismos que el servidor enumera tras `AUTH` en su respuesta a `EHLO`, y vuelve a intentarlo. Si ninguno funciona, pregunta al proveedor qué método de inicio de sesión exige.",
    ],
    // X.7.10
    [
        "Se requiere cifrado",
        "Primero hay que cifrar la conexión: el servidor no permite el mecanismo de inicio de sesión elegido en una conexión sin protección. El RFC 8689 reutiliza `5.7.10` en rebotes cuando no se pudo establecer una sesión TLS para un mensaje que la exigía. IANA lo asocia con `523`, un código de respuesta que ningún RFC define.",
        "Los servidores lo envían sobre todo en respuesta a un `AUTH` con un mecanismo de contraseña en texto claro cuando TLS no está activo. Los servidores de retransmisión incluyen `5.7.10` en los informes de fallo de entrega de mensajes `REQUIRETLS` cuando no pudieron abrir una sesión protegida con ninguno de los servidores de correo del destinatario.",
        "Activa el cifrado del servidor saliente en el cliente de correo (`STARTTLS` o una conexión TLS) antes de iniciar sesión, o elige un mecanismo más robusto. En un rebote por `REQUIRETLS`, el administrador del destinatario debe ofrecer TLS con un certificado válido, o el remitente tiene que decidir si vuelve a enviarlo sin ese requisito.",
    ],
    // X.7.11
    [
        "Se requiere cifrado para el mecanismo de autenticación solicitado",
        "El mecanismo de inicio de sesión que elegiste solo puede usarse en una conexión cifrada, y esta no lo está. El RFC 4954 lo mantiene, con la respuesta `538`, solo por razones históricas; IANA también incluye `524`, que ningún RFC define.",
        "Los servidores antiguos responden a `AUTH` con `538 5.7.11` cuando un cliente prueba uno de esos mecanismos sin TLS. Se espera que los servidores actuales no anuncien estos mecanismos hasta que TLS esté activo, así que un cliente que solo usa mecanismos anunciados no debería encontrárselo.",
        "Inicia TLS con `STARTTLS` (o conéctate mediante TLS) antes de `AUTH`, vuelve a enviar `EHLO` y elige entre los mecanismos ofrecidos en la conexión cifrada. Si lo envía un servidor actual, probablemente el cliente está usando un mecanismo que el servidor nunca ofreció.",
    ],
    // X.7.12
    [
        "Se necesita una transición de contraseña",
        "El servidor necesita que inicies sesión una vez con el mecanismo `PLAIN` para que el mecanismo elegido pueda funcionar con esta cuenta. Este intento de `AUTH` se rechaza, pero no se dice que la contraseña sea incorrecta. El RFC 4954 lo usa con `432`; IANA también incluye `422`, que ningún RFC define.",
        "Los servidores envían `432 4.7.12` en respuesta a `AUTH` cuando aún no pueden usar el mecanismo seleccionado con la cuenta y necesitan un inicio de sesión `PLAIN` para prepararla para sesiones posteriores.",
        "Inicia sesión una vez con `PLAIN` a través de una conexión cifrada, para que la contraseña vaya protegida, y luego vuelve al mecanismo elegido en las sesiones siguientes. Si el cliente de correo no permite cambiar de mecanismo, pide al proveedor que complete el cambio por su parte.",
    ],
    // X.7.13
    [
        "Cuenta de usuario desactivada",
        "El inicio de sesión en sí funcionó, pero la cuenta está desactivada, así que no puede enviar. Seguirá bloqueada hasta que un administrador la vuelva a activar. IANA lo asocia con `525`, un código de respuesta que ningún RFC define.",
        "Los proveedores lo envían justo después de un `AUTH` correcto a una cuenta que han desactivado, por ejemplo por facturas impagadas, abuso o indicios de intrusión.",
        "No sigas volviendo a introducir la contraseña; no es el problema. El titular de la cuenta tiene que contactar con el proveedor o el administrador, averiguar por qué se desactivó la cuenta y hacer que se reactive, por ejemplo tras pagar o tras proteger una cuenta comprometida.",
    ],
    // X.7.14
    [
        "Se requiere una relación de confianza",
        "Se pidió al servidor de envío que obtuviera el contenido del mensaje de otro servidor, normalmente un servidor IMAP indicado en un comando `BURL`, y no tiene configurada ninguna relación de confianza con ese servidor. Sin ella, no puede obtener el contenido.",
        "Los servidores de envío compatibles con `BURL` lo envían, por ejemplo como `554 5.7.14`, cuando la URL apunta a un servidor en el que no están configurados para confiar. El RFC 4468 usó al principio `5.7.8` para este caso; el RFC 5248 le dio un código propio. Gmail responde a `AUTH` con `534 5.7.14` en un sentido propio: primero hay que iniciar sesión en la cuenta desde un navegador web.",
        "El cliente de correo solo debe usar `BURL` con los servidores IMAP que el servidor de envío anuncia tras el inicio de sesión, o enviar en su lugar el mensaje completo con `DATA` o `BDAT`. Los administradores de ambos servidores pueden establecer la confianza, por ejemplo dando al servidor de envío sus propias credenciales en el servidor IMAP.",
    ],
    // X.7.15
    [
        "El nivel de prioridad es demasiado bajo",
        "El servidor rechazó el mensaje porque su prioridad de transferencia, indicada con `MT-PRIORITY` o asignada por el servidor, está por debajo de la prioridad mínima que acepta en ese momento. El límite puede ser temporal.",
        "Los servidores de envío compatibles con la extensión `MT-PRIORITY` lo envían, normalmente con `450` o `550`, cuando su política solo deja pasar mensajes de mayor prioridad, por ejemplo durante un periodo de funcionamiento restringido.",
        "Con la forma `4.7.15`, deja que el cliente lo reintente más tarde, cuando vuelvan a aceptarse prioridades más bajas. Si el mensaje es urgente y puedes usar una prioridad más alta, vuelve a enviarlo con un valor de `MT-PRIORITY` más alto; si no, pregunta al administrador del servidor por su política de prioridades.",
    ],
    // X.7.16
    [
        "El mensaje es demasiado grande para la prioridad indicada",
        "El mensaje supera el tamaño que el servidor permite para su prioridad de transferencia, aunque podría aceptarse con otra prioridad o con un tamaño menor. El RFC 4865 dio en su día otro significado a este número (una cuota de entrega diferida), pero nunca se registró; el significado de IANA es este.",
        "Los servidores con la extensión `MT-PRIORITY` cuya política fija límites de tamaño por prioridad lo envían, normalmente con `552`, ya sea en `MAIL FROM` cuando el cliente también declaró `SIZE`, o tras recibir los datos del mensaje.",
        "Reduce el tamaño del mensaje, por ejemplo quitando adjuntos, envíalo con un valor de `MT-PRIORITY` más bajo o pregunta al administrador del servidor por los límites de cada prioridad. Con la forma `4.7.16`, el límite puede ser temporal y un reintento posterior puede funcionar.",
    ],
    // X.7.17
    [
        "El titular del buzón ha cambiado",
        "El remitente pidió, con la extensión `RRVS` o el campo de cabecera `Require-Recipient-Valid-Since`, que solo se entregara si el buzón tenía el mismo titular desde una fecha determinada, y el receptor sabe que ha cambiado de manos desde entonces. El RFC 4865 usó en su día este número para una cuota; IANA lo asignó al RFC 7293.",
        "Los remitentes automatizados de correo sensible usan `RRVS` para no llegar a alguien que se ha quedado con una dirección reciclada. El servidor receptor responde entonces `550 5.7.17` a `RCPT TO`, o tras los datos del mensaje cuando la fecha venía en el campo de cabecera.",
        "El remitente debe considerar que la dirección ya no pertenece a la persona que conocía: tiene que dejar de enviarle correo y pedir a esa persona una dirección actual por otra vía. Volver a enviarlo sin la comprobación de fecha podría entregar el correo a un desconocido.",
    ],
    // X.7.18
    [
        "El titular del dominio ha cambiado",
        "El remitente pidió una comprobación de titularidad con `RRVS` o el campo de cabecera `Require-Recipient-Valid-Since`, y el receptor informa de que el nombre de dominio del destinatario tiene un nuevo titular desde la fecha indicada. El correo a esa dirección podría llegar ahora a alguien ajeno.",
        "Los sistemas receptores compatibles con `RRVS` lo envían cuando saben que el dominio cambió de titular después de la fecha del remitente y deciden revelarlo, en lugar de responder solo sobre el buzón.",
        "El remitente debe dejar de usar la dirección y confirmar una nueva con el destinatario previsto por otra vía. No hay nada que corregir en el lado receptor.",
    ],
    // X.7.19
    [
        "No se puede completar la comprobación RRVS",
        "El remitente pidió una comprobación de titularidad `RRVS`, pero el receptor no tiene constancia de cuándo se creó o se reasignó por última vez el buzón, así que lo rechaza en lugar de suponer. No dice nada sobre si la dirección sigue siendo válida.",
        "Los receptores lo envían cuando no se conoce ni la fecha de creación del buzón ni un sustituto razonable, por ejemplo después de que un dominio pasara a un nuevo titular o proveedor sin el historial de sus buzones.",
        "El remitente tiene que decidir: volver a enviarlo sin la protección `RRVS` si ese riesgo es aceptable, o confirmar primero la dirección con el destinatario por otra vía. Repetir la misma petición no servirá de nada.",
    ],
    // X.7.20
    [
        "No se encontró ninguna firma DKIM válida",
        "El receptor exige una firma DKIM válida y el mensaje no tenía ninguna: no estaba firmado o todas las firmas fallaron en la verificación. El RFC 6376 desaconseja rechazar correo solo por esto, así que se trata de una política local estricta.",
        "Los receptores que exigen DKIM, por ejemplo en virtud de un acuerdo con un socio que prometió firmarlo todo, lo envían una vez recibidos los datos del mensaje. Las firmas fallan cuando la clave pública no está en el DNS o no coincide, o cuando algo modificó el mensaje después de firmarlo.",
        "El administrador del remitente debe hacer que el servidor o el proveedor de correo firme con DKIM todos los mensajes salientes y publicar la clave pública como registro TXT en `<selector>._domainkey.<domain>`. Envía un mensaje de prueba, comprueba que su cabecera `Authentication-Results` muestra DKIM como superado (pass) y evita que pies de página o pasarelas modifiquen el correo después de firmarlo.",
    ],
    // X.7.21
    [
        "No se encontró ninguna firma DKIM aceptable",
        "El mensaje tenía al menos una firma DKIM que se verificó, pero ninguna cumplía los requisitos adicionales del receptor, como qué campos de cabecera deben firmarse o la prohibición de firmas que cubren solo parte del cuerpo. Una firma técnicamente válida no bastó.",
        "Los receptores con reglas DKIM estrictas lo envían una vez recibidos los datos del mensaje, aunque el RFC 6376 desaconseja estos rechazos. Los desencadenantes típicos son una firma que omite campos de cabecera importantes o que usa un límite de longitud del cuerpo (`l=`).",
        "El administrador del remitente debe firmar con una configuración que acepte la mayoría de los receptores: incluir `From`, `Subject`, `Date`, `To` y los demás campos de cabecera esenciales, y firmar el cuerpo completo sin `l=`. El texto de la respuesta puede indicar qué requisito no se cumplió; si el problema es el dominio de `From`, consulta `X.7.22`.",
    ],
    // X.7.22
    [
        "No se encontró ninguna firma DKIM válida que coincida con el autor",
        "El mensaje tenía firmas DKIM válidas, pero ninguna la hizo el dominio del campo de cabecera `From`, la dirección del autor. El receptor exige que el dominio firmante coincida con el del autor; es un caso particular de `X.7.21`.",
        "Los receptores lo envían una vez recibidos los datos del mensaje, típicamente cuando un servicio de correo firmó con su propio dominio en lugar del dominio del cliente. DMARC se basa en la misma idea de hacer coincidir (alinear) el dominio autenticado con el dominio de `From`.",
        "Haz que el dominio `d=` de la firma sea el dominio de `From` o, con la alineación relajada de DMARC, un dominio de la misma organización. Para un remitente externo, como un servicio de boletines o de CRM, configura su DKIM con dominio propio: publica bajo tu dominio la clave que te proporciona para que firme en tu nombre.",
    ],
    // X.7.23
    [
        "Falló la validación SPF",
        "La comprobación SPF dio el resultado «fail»: el dominio de `MAIL FROM` (o el nombre `HELO`) publica un registro SPF que no autoriza la dirección IP desde la que llegó el mensaje, y la política del receptor rechaza ese correo. Sustituye a `5.7.1` en este caso.",
        "Los receptores lo envían, a menudo antes de que se transfieran los datos del mensaje, cuando el registro SPF del dominio emisor termina en `-all` y el servidor emisor no está incluido. Las causas habituales son un nuevo servicio o servidor de correo que nunca se añadió al registro y el reenvío, en el que un tercero vuelve a enviar el correo desde su propia dirección IP. Gmail también envía `421 4.7.23` con un sentido propio: la dirección IP de envío no tiene registro PTR, o tiene uno que no coincide.",
        "El administrador del remitente debe incluir todos los servidores salientes legítimos en el registro TXT de SPF del dominio, con entradas `ip4:` e `ip6:` o el `include:` del proveedor de correo, y mantener un único registro que empiece por `v=spf1`. Si la causa es un reenvío, el reenviador debe reescribir `MAIL FROM` con su propio dominio, o el destinatario puede eximir al reenviador de las comprobaciones SPF.",
    ],
    // X.7.24
    [
        "Error en la validación SPF",
        "El receptor no pudo completar la comprobación SPF por un error, lo que no es lo mismo que una comprobación fallida. Un error temporal, normalmente un problema en una consulta DNS, da la forma `4.7.24`; `5.7.24` significa que el registro SPF del dominio está dañado y no se puede interpretar.",
        "Los receptores lo envían con `451` cuando las consultas DNS del registro agotan el tiempo de espera o fallan, y con `550` cuando el registro tiene un error de sintaxis, cuando el dominio publica más de un registro SPF o cuando la evaluación necesita más de 10 términos que consultan el DNS, como `include:`, `a` y `mx`.",
        "El administrador del remitente debe revisar el registro SPF: exactamente un registro TXT que empiece por `v=spf1`, sin errores tipográficos y con 10 consultas como máximo, por ejemplo sustituyendo términos `include:` anidados por rangos `ip4:` o `ip6:`. En la forma temporal, asegúrate de que los servidores DNS del dominio responden de forma fiable; el fallo también puede estar en el DNS del receptor.",
    ],
    // X.7.25
    [
        "Falló la validación del DNS inverso",
        "La dirección IP del servidor emisor no superó la comprobación de DNS inverso del receptor: no tiene registro PTR, o el nombre de host de ese registro no se resuelve de vuelta a la misma dirección IP. La política del receptor rechaza el correo de esos hosts.",
        "Los receptores lo envían al principio de la sesión a servidores cuya dirección IP no tiene registro PTR, o cuyo nombre PTR no tiene un registro A o AAAA coincidente. Los servidores nuevos en la nube y las conexiones domésticas suelen empezar así.",
        "El administrador del remitente debe pedir a quien controla la dirección IP (el proveedor de alojamiento o de internet) un registro PTR con el nombre del servidor de correo, como `mail.example.com`, y asegurarse de que ese nombre tiene un registro A o AAAA con la misma dirección. Usa el mismo nombre en `EHLO`.",
    ],
    // X.7.26
    [
        "Fallaron varias comprobaciones de autenticación",
        "El mensaje no superó más de una de las comprobaciones de autenticación del receptor, como SPF, DKIM, ARC o DNS inverso, y su política lo rechaza por ello. El código no dice qué comprobaciones fallaron.",
        "El RFC 7372 pide a los servidores que lo usen cuando fallan varias comprobaciones, en lugar de indicar solo el primer fallo. Son típicos el correo falsificado, los dominios sin SPF ni DKIM operativos y el correo reenviado que rompió ambos; un fallo DMARC también significa que ni SPF ni DKIM se superaron para el dominio de `From`.",
        "El administrador del remitente debe corregir todas las comprobaciones, no solo una: el registro SPF debe incluir todos los servidores de envío, los mensajes deben llevar una firma DKIM del dominio de `From` y la dirección IP de envío necesita un DNS inverso coincidente. Un mensaje de prueba a un buzón que controles muestra cada resultado en su cabecera `Authentication-Results`.",
    ],
    // X.7.27
    [
        "La dirección del remitente tiene un MX nulo",
        "El dominio de la dirección del remitente (en `MAIL FROM` o en el campo de cabecera `From`) publica un registro MX nulo, que declara que no acepta correo. Las respuestas y los rebotes nunca podrían entregarse allí, así que el receptor rechaza el mensaje.",
        "Los receptores lo envían para correo de un dominio cuyo único registro MX tiene preferencia 0 y destino «.», normalmente un dominio que no envía correo y se está falsificando como dirección de retorno, o un dominio emisor que publicó un MX nulo por error. Gmail también envía `5.7.27` con un sentido propio: el mensaje no superó la comprobación SPF.",
        "Si el dominio debe enviar correo, su administrador tiene que eliminar el MX nulo y publicar registros MX reales de servidores que acepten correo, incluidos los rebotes. Si no, envía desde una dirección de un dominio que pueda recibir correo.",
    ],
    // X.7.28
    [
        "Inundación de correo detectada",
        "El receptor cree que el mensaje forma parte de una avalancha de mensajes abusivos similares y lo rechaza. El código procede de un Internet-Draft, no de un RFC, e IANA no le asigna ningún código de respuesta: el campo solo muestra un punto.",
        "Se registró para avalanchas como la masa de correos de confirmación que llega cuando unos atacantes introducen la dirección de una víctima en muchos formularios de registro web. Los receptores que detectan ráfagas de mensajes similares dirigidos a una misma dirección pueden enviarlo.",
        "Si gestionas un formulario web que envía correos de confirmación, limita la frecuencia con la que se puede registrar una misma dirección, bloquea los envíos automatizados y deja de escribir a las direcciones que nunca confirman. Si eres un remitente normal atrapado en una avalancha, reinténtalo más tarde o contacta con el postmaster del destinatario.",
    ],
    // X.7.29
    [
        "Fallo en la validación ARC",
        "El mensaje llevaba una cadena ARC, en la que los reenviadores y las listas de correo firman y registran los resultados de autenticación que vieron, y la cadena no superó la validación. Una cadena rota cuenta como si no hubiera cadena. ARC se define en un RFC experimental (RFC 8617).",
        "Los receptores que comprueban ARC pueden enviarlo cuando el sello o la firma ARC de un intermediario no se verifica, normalmente junto con fallos de SPF o DKIM; el RFC 8617 les permite enviar `5.7.26` en su lugar. Todo error ARC, incluso un fallo de DNS, cuenta como permanente. Gmail también envía `5.7.29` con un sentido propio: el mensaje no se envió mediante TLS.",
        "El reenviador o la lista de correo que añadió las cabeceras ARC debe corregir su configuración: publicar su clave de firma ARC en el DNS, sellar solo después de sus propios cambios en el mensaje y mantener intactos los conjuntos ARC anteriores. El remitente original puede reducir el problema haciendo que SPF y DKIM se superen por sí mismos (consulta `X.7.26`).",
    ],
    // X.7.30
    [
        "Se requiere compatibilidad con REQUIRETLS",
        "El mensaje se envió con `REQUIRETLS`, que exige una transferencia protegida en cada salto, y ninguno de los servidores a los que debía pasar a continuación admite `REQUIRETLS`. Por eso el servidor que lo tenía no lo transmitió y lo devolvió.",
        "Aparece en los informes de fallo de entrega: un servidor de retransmisión llegó a los servidores de correo del destinatario mediante TLS, pero ninguno anunció `REQUIRETLS` tras `STARTTLS`. Si no se pudo establecer el propio TLS, el informe usa `5.7.10` en su lugar. Gmail también envía `5.7.30` con un sentido propio: el mensaje no superó la comprobación DKIM.",
        "El administrador del destinatario necesita servidores de correo compatibles con `REQUIRETLS`, con certificados que se validen y registros MX protegidos por DNSSEC o MTA-STS. Si no, el remitente tiene que decidir si el mensaje puede viajar sin esa garantía y volver a enviarlo sin `REQUIRETLS`, o usar otro canal.",
    ],
    // 2.XXX.XXX
    [
        "Éxito",
        "Un 2 como primer dígito significa que la acción funcionó: la dirección o el mensaje se aceptó, se retransmitió o se entregó. Los otros dos números pueden añadir detalles, como un cambio hecho en el mensaje por el camino.",
        "Los servidores que usan códigos de estado mejorados lo incluyen en sus respuestas positivas, como `250` y `251`, y los informes de entrega lo usan para confirmar que un mensaje se entregó o se transmitió.",
        "No hay nada que corregir. Un código de éxito puede notificar también un cambio, por ejemplo una nueva prioridad o un formato convertido, así que lee el resto del código si el resultado te sorprende.",
    ],
    // 4.XXX.XXX
    [
        "Fallo transitorio persistente",
        "Un 4 como primer dígito significa un fallo temporal: el mensaje en sí es aceptable, pero alguna condición por el camino lo retrasó o, si duró lo suficiente, hizo que el remitente desistiera. Volver a enviarlo más tarde puede funcionar.",
        "Acompaña a códigos de respuesta que empiezan por 4, como `421`, `450` y `451`, y aparece en avisos de retraso y en rebotes enviados después de que el servidor emisor dejara de reintentar.",
        "Normalmente nada: el servidor emisor conserva el mensaje y lo reintenta por sí solo. Si un rebote dice que desistió, lee los números de tema y detalle para conocer el motivo, corrígelo si está de tu lado y vuelve a enviar el mensaje.",
    ],
    // 5.XXX.XXX
    [
        "Fallo permanente",
        "Un 5 como primer dígito significa un fallo permanente: volver a enviar el mismo mensaje sin cambios no funcionará. Primero tiene que cambiar algo del mensaje, de la dirección o del destino.",
        "Acompaña a códigos de respuesta que empiezan por 5, como `550` y `554`, y aparece en los mensajes de rebote cuando se ha abandonado la entrega.",
        "No te limites a volver a enviarlo. Lee los números de tema y detalle y el texto para saber qué tiene que cambiar, como la dirección, el tamaño del mensaje o la configuración del remitente, y vuelve a enviar solo cuando esté corregido.",
    ],
    // X.0.XXX
    [
        "Otro estado o estado no definido",
        "Un tema 0 no dice nada sobre dónde está el problema. Solo el primer dígito (éxito, fallo temporal o fallo permanente) aporta información.",
        "Los servidores y los informes de entrega lo usan cuando no pueden o no quieren clasificar el resultado, sobre todo en las formas `2.0.0`, `4.0.0` y `5.0.0`.",
        "Guíate por el código de respuesta y por el texto que sigue al código. Si el texto no explica el problema, pregunta al administrador del servidor que lo generó.",
    ],
    // X.1.XXX
    [
        "Estado de direccionamiento",
        "Un tema 1 apunta a una dirección, la del remitente o la de un destinatario: su sintaxis o si existe. El RFC 3463 señala que normalmente el remitente puede corregir estos problemas y volver a intentarlo.",
        "Aparece sobre todo en respuestas a `MAIL FROM` y `RCPT TO`, y en rebotes por direcciones desconocidas, trasladadas o mal formadas.",
        "Revisa si la dirección indicada en el error tiene errores tipográficos y confírmala con su titular; luego vuelve a enviar a la dirección corregida.",
    ],
    // X.2.XXX
    [
        "Estado del buzón",
        "Un tema 2 apunta al buzón del destinatario: existe, pero su estado, por ejemplo estar lleno o desactivado, detuvo el mensaje. Estos problemas están en manos del destinatario.",
        "Aparece en respuestas a `RCPT TO` o al final de los datos del mensaje, y en rebotes del paso final de la entrega.",
        "Avisa al destinatario por otra vía; solo él o su administrador de correo pueden liberar espacio, volver a activar el buzón o cambiar sus límites.",
    ],
    // X.3.XXX
    [
        "Estado del sistema de correo",
        "Un tema 3 apunta al sistema de correo de destino en su conjunto: su almacenamiento, su disponibilidad, sus límites de tamaño, sus funciones o su configuración. De todo ello es responsable su administrador.",
        "Aparece en respuestas de servidores receptores llenos, no disponibles, mal configurados o limitados en tamaño de mensaje o en funciones, y en rebotes que notifican esos problemas.",
        "Las formas temporales suelen resolverse cuando el servidor emisor reintenta. En las permanentes, adapta el mensaje, por ejemplo su tamaño, o pide al administrador del destino que corrija el sistema.",
    ],
    // X.4.XXX
    [
        "Estado de red y enrutamiento",
        "Un tema 4 apunta al trayecto de entrega: las conexiones de red, el DNS y otros servicios de enrutamiento entre los sistemas. Normalmente corresponden a los administradores del destino o de un sistema intermedio.",
        "Aparece en avisos de retraso y en rebotes cuando el servidor emisor no puede llegar al destino ni encontrar una ruta hacia él, por ejemplo tras tiempos de espera agotados, fallos de DNS, bucles de enrutamiento o un plazo de entrega vencido.",
        "Los errores de red temporales suelen resolverse al reintentar. Si persisten, revisa el DNS y los registros MX del dominio de destino y la conectividad de los servidores implicados, o comunica el problema al administrador del destino.",
    ],
    // X.5.XXX
    [
        "Estado del protocolo de entrega de correo",
        "Un tema 5 apunta al propio intercambio SMTP: comandos, sintaxis, argumentos o versiones de protocolo en los que los dos lados no coinciden, ya sea por un software defectuoso o por una conexión poco fiable.",
        "Aparece en respuestas a comandos mal formados, desconocidos o enviados en mal orden, y en rebotes después de que se rompiera un intercambio entre dos servidores.",
        "Suele ser un problema del software emisor o de su configuración: revisa el comando y sus argumentos, y actualiza o corrige el cliente. Si la conexión no era fiable, vuelve a intentarlo.",
    ],
    // X.6.XXX
    [
        "Estado del contenido o del formato del mensaje",
        "Un tema 6 apunta al contenido del mensaje: un formato, una codificación o un tipo de medio que no se pudo transportar o convertir. El remitente y el receptor deben admitir un conjunto común de tipos de contenido para que el mensaje pase.",
        "Aparece tras los datos del mensaje, y en rebotes de pasarelas y servidores que no pueden manejar o convertir parte de un mensaje, incluidas direcciones o cabeceras con caracteres no ASCII.",
        "Envía el contenido de una forma más ampliamente admitida, por ejemplo un tipo de adjunto común o una dirección en ASCII simple, o pide al lado del destinatario que admita el formato.",
    ],
    // X.7.XXX
    [
        "Estado de seguridad o de política",
        "Un tema 7 apunta a la seguridad o a la política: reglas de filtrado de remitentes, destinatarios u hosts, autenticación, cifrado y comprobaciones como SPF, DKIM y DMARC. La causa pueden ser las reglas de cualquiera de los dos lados.",
        "Aparece en respuestas a casi cualquier comando cuando un servidor rechaza correo por política, exige autenticación o cifrado, o detecta que falló una comprobación del remitente, y en los rebotes que siguen.",
        "Lee el texto para ver qué regla se aplicó. Los remitentes suelen resolverlo autenticándose, usando cifrado, corrigiendo los registros SPF, DKIM o DMARC, o saliendo de una lista de bloqueo; una política del lado receptor solo puede cambiarla su administrador.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Resumen",
    // label.description
    "Descripción",
    // label.when_seen
    "Cuándo aparece",
    // label.how_to_fix
    "Cómo solucionarlo",
    // label.key_differences
    "Diferencias clave",
    // label.when_to_use
    "Cuándo se usa cada uno",
    // label.learn_more
    "Más información",
    // label.class
    "Clase",
    // label.category
    "Categoría",
    // label.subject
    "Tema",
    // label.status
    "Estado",
    // label.retry
    "Qué debe hacer el cliente",
    // label.fix_by
    "Quién debe actuar",
    // label.commands
    "Devuelto por",
    // label.connection
    "Qué pasa con la conexión",
    // connection.closes
    "El servidor la cierra",
    // connection.stays_open
    "Sigue abierta",
    // label.references
    "Referencias",
    // label.related
    "Códigos relacionados",
    // label.compare_with
    "Se confunde a menudo con",
    // label.server_text
    "Lo que dijo el servidor",
    // label.problems
    "Problemas en esta respuesta",
    // label.reply_code
    "Código de respuesta",
    // label.enhanced_code
    "Código de estado mejorado",
    // class.2.name
    "Finalización positiva",
    // class.3.name
    "Intermedia positiva",
    // class.4.name
    "Finalización negativa transitoria",
    // class.5.name
    "Finalización negativa permanente",
    // class.2.phrase
    "una respuesta 2xx de finalización positiva",
    // class.3.phrase
    "una respuesta 3xx intermedia positiva",
    // class.4.phrase
    "una respuesta 4xx negativa transitoria",
    // class.5.phrase
    "una respuesta 5xx negativa permanente",
    // category.0
    "Sintaxis",
    // category.1
    "Información",
    // category.2
    "Conexiones",
    // category.3
    "Sin especificar",
    // category.4
    "Sin especificar",
    // category.5
    "Sistema de correo",
    // category.other
    "Fuera de las categorías estándar",
    // status.standard
    "Estándar",
    // status.extension
    "Definido por una extensión SMTP",
    // status.obsolete
    "Obsoleto",
    // status.experimental
    "Definido como experimental",
    // status.non_standard
    "No estándar",
    // retry.nothing_to_do
    "Nada que hacer. El comando se ejecutó correctamente.",
    // retry.continue
    "Continuar. El servidor espera la siguiente parte del intercambio.",
    // retry.later
    "Reintentar más tarde. El problema es temporal y un servidor de correo reintenta por sí solo.",
    // retry.not_unchanged
    "No reintentar sin cambios. Algo tiene que cambiar antes de que el mismo intento pueda funcionar.",
    // party.sending_client
    "El cliente emisor",
    // party.sender_admin
    "El administrador del remitente",
    // party.recipient_admin
    "El administrador del destinatario",
    // party.server_admin
    "El administrador del servidor que respondió",
    // party.nobody
    "Nadie",
    // party.sender
    "El remitente del mensaje",
    // party.recipient
    "El destinatario del mensaje",
    // command.connect
    "Al conectar (como saludo)",
    // command.data_end
    "Fin de los datos del mensaje",
    // command.any
    "Cualquier comando",
    // list.separator
    ", ",
    // list.last_separator
    " y ",
    // label.separator
    ": ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} es {class}.",
    // show.enhanced_class
    "Con la clase {digit} significa: {class}.",
    // show.enhanced_kind
    "{code} es un código de estado mejorado: va después del código de respuesta e indica el tema ({subject}) y el detalle.",
    // show.non_standard
    "Ningún RFC define {code}. Las fuentes siguientes describen quién lo usa.",
    // compare.title
    "SMTP {a} {a_title} frente a {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) es {a_class}, mientras que {b} ({b_title}) es {b_class}.",
    // compare.same_class
    "{a} ({a_title}) y {b} ({b_title}) pertenecen a la misma clase: {class}.",
    // compare.kinds
    "{a} es un código de respuesta básico, los tres dígitos con los que empieza cada línea de respuesta; {b} es un código de estado mejorado, que los servidores que lo admiten escriben tras el código de respuesta.",
    // compare.same_code
    "{a} y {b} son el mismo código.",
    // compare.same_detail
    "{a} y {b} informan de la misma situación, {generic} ({title}); solo cambia la clase y, con ella, lo que hace el cliente.",
    // compare.advice
    "Después de {code}: {retry}",
    // diff.class
    "Clase: {a} es {a_class}; {b} es {b_class}.",
    // diff.retry
    "Qué debe hacer el cliente. Después de {a}: {a_retry} Después de {b}: {b_retry}",
    // diff.category
    "Categoría (segundo dígito): {a_category} para {a}, {b_category} para {b}.",
    // diff.subject
    "Tema: {a_subject} para {a}, {b_subject} para {b}.",
    // diff.fix_by
    "Quién debe actuar: {a_fix_by} para {a}; {b_fix_by} para {b}.",
    // diff.commands
    "Comandos a los que responde: {a_commands} en el caso de {a}; {b_commands} en el caso de {b}.",
    // diff.commands_one
    "Comandos: solo {a} está ligado a comandos concretos ({commands}).",
    // diff.associated
    "El registro de IANA incluye {reply} entre los códigos de respuesta que se usan con {enhanced}.",
    // diff.related
    "El catálogo considera {a} y {b} códigos relacionados.",
    // diff.status
    "Estado: {a}, {a_status}; {b}, {b_status}.",
    // use.class.2
    "Un servidor responde {code} para confirmar que el comando funcionó.",
    // use.class.3
    "Un servidor responde {code} para pedir al cliente que continúe con el siguiente paso.",
    // use.class.4
    "Un servidor responde {code} cuando el problema puede resolverse por sí solo, para que el cliente vuelva a intentarlo más tarde.",
    // use.class.5
    "Un servidor responde {code} cuando repetir el mismo intento no puede funcionar hasta que alguien cambie algo.",
    // use.same_class
    "Ambos códigos pertenecen a la misma clase, así que un cliente reacciona igual ante ellos; lo que cambia es la causa y, por tanto, la solución.",
    // use.kinds
    "Un cliente actúa según el código de respuesta {reply}; el código de estado mejorado {enhanced} indica a las personas con más precisión qué falló.",
    // learn.page
    "{code} {title}",
    // explain.title
    "Qué significa la respuesta {code}",
    // explain.no_code
    "Este texto no empieza por un código de respuesta SMTP, así que no se puede explicar.",
    // explain.unknown
    "{code} no está en el catálogo; aun así, su clase indica qué hacer.",
    // problem.mismatch
    "El código de estado mejorado {enhanced} pertenece a la clase {enhanced_digit}, pero el código de respuesta {code} pertenece a la clase {digit}. Los clientes actúan según el código de respuesta.",
    // problem.mixed_codes
    "No todas las líneas de esta respuesta llevan el mismo código ({codes}).",
    // problem.line_too_long
    "La línea {line} supera los {limit} caracteres que permite SMTP.",
    // problem.not_text
    "La línea {line} contiene bytes que no son texto.",
    // problem.truncated
    "La respuesta se cortó: solo se leyeron las primeras {limit} líneas.",
    // label.what_happened
    "Qué ocurrió",
    // label.what_to_do
    "Qué hacer",
    // label.tell_the_sender
    "Qué decirle al remitente",
    // label.evidence
    "Cómo lo sabemos",
    // evidence.text
    "el servidor dice {quote}",
    // evidence.enhanced_code
    "el código de estado mejorado {code}",
    // evidence.reply_code
    "el código de respuesta {code}",
    // explain.reason_disagrees
    "Por sí solo, este motivo significaría: {reason_retry} Pero quien decide es el código {code}: {code_retry}",
    // site.title
    "Códigos de respuesta SMTP",
    // site.intro
    "Qué significa cada código de respuesta SMTP y cada código de estado mejorado, cuándo aparece y cómo solucionarlo.",
    // site.reply_codes
    "Códigos de respuesta",
    // site.enhanced_codes
    "Códigos de estado mejorados",
    // site.comparisons
    "Comparaciones",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "Todos los códigos",
    // site.languages
    "Otros idiomas",
    // site.search
    "Buscar códigos, títulos y palabras",
    // site.choose_language
    "Elige un idioma",
    // site.generated
    "Generado por smtp-codes a partir de la versión {version} del catálogo.",
    // label.provider
    "Proveedor",
    // label.provider_note
    "Lo que añade la documentación del proveedor",
    // evidence.vendor_code
    "el código propio de {provider}, {code}",
    // show.vendor_code
    "{code} no figura en el registro de la IANA: es un código propio de {provider}.",
    // label.defined_by
    "Definido por",
    // label.read_on
    "fuente consultada el {date}",
    // site.providers
    "Proveedores",
    // provider.markers
    "Palabras que identifican sus respuestas",
    // provider.hosts
    "Nombres de host de sus servidores",
    // provider.vendor_codes
    "Sus propios códigos",
    // provider.rules
    "Qué significan sus respuestas",
    // provider.reused_by
    "Proveedores que dan a este código un significado propio",
    // logs.title
    "Resumen del registro de correo",
    // logs.lines
    "Líneas leídas",
    // logs.attempts
    "Intentos de entrega",
    // logs.skipped
    "Líneas sin intento de entrega",
    // logs.sent
    "Entregados",
    // logs.deferred
    "Aplazados",
    // logs.bounced
    "Rebotados",
    // logs.expired
    "Caducados",
    // logs.recovered
    "Aplazados y luego entregados",
    // logs.by_reason
    "Fallos por motivo",
    // logs.count
    "Intentos",
    // logs.domains
    "Dominios de destino",
    // logs.examples
    "Ejemplos",
    // logs.by_hour
    "Fallos por hora",
    // logs.untimed
    "Fallos sin marca de tiempo (fuera del gráfico)",
    // logs.axis_time
    "Hora, según el registro",
    // logs.hours_per_bar
    "Horas por barra",
    // logs.axis_failures
    "Fallos",
    // logs.top_domains
    "Dominios de destino con más fallos",
    // logs.top_providers
    "Proveedores con más fallos",
    // logs.by_code
    "Fallos por código",
    // logs.code_axis
    "Código de respuesta (o código mejorado)",
    // logs.reasons
    "Qué significa cada motivo",
    // logs.shown
    "Mostrados: {shown} de {total}",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "La dirección del destinatario no existe",
        "El servidor receptor no tiene ningún buzón para la dirección indicada en `RCPT TO`, normalmente por un error tipográfico o porque la cuenta se eliminó. Los servidores lo indican con `550` y `5.1.1`, pero un `550` a secas se usa también para muchos otros rechazos, y en ese caso es el texto de la respuesta el que decide.",
        "Revisa si la dirección tiene errores tipográficos, sobre todo en la parte anterior a la `@`, y pide la dirección correcta al destinatario por otra vía. Elimina de las listas de correo las direcciones que fallan una y otra vez. Si la dirección debería existir, el administrador del destinatario tiene que crear el buzón o corregir el alias o la tabla de enrutamiento.",
        "La dirección no existe. Comprueba que esté bien escrita y vuelve a enviar el mensaje.",
    ],
    // mailbox_disabled
    [
        "El buzón del destinatario está desactivado o se ha trasladado",
        "El servidor receptor conoce la dirección, pero su buzón no acepta correo: se desactivó, se suspendió, se cerró por inactividad o se trasladó a otro lugar. Los servidores lo indican con `5.2.1`, con `5.1.6` o `551` si el buzón se ha trasladado, o con un `550` genérico cuyo texto lo explica.",
        "Solo el destinatario o su administrador pueden volver a activar el buzón. El remitente debe contactar con el destinatario por otra vía, preguntarle si el buzón volverá a funcionar o qué dirección nueva debe usar, y actualizar en consecuencia sus libretas de direcciones y sus listas.",
        "El buzón del destinatario está cerrado o ya no se usa. Ponte en contacto con esa persona por otro medio para conseguir una dirección actual.",
    ],
    // mailbox_full
    [
        "El buzón del destinatario está lleno",
        "El buzón del destinatario ha agotado su cuota de almacenamiento, así que no cabe nada más hasta que se borre correo o se amplíe la cuota. Los servidores lo indican con `4.2.2` y un `450` o `452` temporal, o con un `552` permanente y `5.2.2`; los demás destinatarios del mismo servidor no se ven afectados.",
        "El destinatario tiene que borrar o archivar correo, o su administrador tiene que ampliar la cuota. Tras una respuesta temporal, el servidor emisor reintenta por sí solo; tras una permanente, el remitente debe volver a enviar el mensaje cuando el buzón tenga espacio. Suele ayudar avisar al destinatario por otra vía.",
        "El buzón del destinatario está lleno. Inténtalo de nuevo más tarde o avísale por otro medio de que tiene que liberar espacio.",
    ],
    // domain_not_found
    [
        "El dominio del destinatario no existe o no recibe correo",
        "La parte de la dirección que va tras la `@` nombra un dominio que no existe en el DNS, que no tiene registros MX ni de dirección o que publica un MX nulo para declarar que no acepta correo. Los servidores lo indican con `5.1.2`, o con `556` y `5.1.10` en el caso de un MX nulo; un fallo temporal de la consulta (`4.4.3`) es otro problema.",
        "Revisa si el dominio tiene errores tipográficos (una terminación equivocada como `.con` es habitual) y pide al destinatario una dirección que funcione. Si el dominio debe recibir correo, su administrador tiene que registrarlo si hace falta, publicar registros MX que apunten a un servidor de correo en funcionamiento y eliminar cualquier MX nulo.",
        "La parte de la dirección que va después de la arroba es incorrecta o no puede recibir correo. Comprueba que la dirección esté bien escrita y vuelve a enviar el mensaje.",
    ],
    // relay_denied
    [
        "Retransmisión denegada",
        "El servidor no se encarga del dominio del destinatario y no retransmitirá el mensaje en tu nombre, normalmente porque no has iniciado sesión o porque estás enviando a través del servidor equivocado. Suele llegar como `550` o `554` con `5.7.1`, códigos que comparten otros rechazos por política, así que es el texto el que decide.",
        "Un programa de correo o una aplicación debe enviar a través del servidor de envío de su propio proveedor (puerto `587` o `465`) e iniciar sesión antes con `AUTH`. Si el servidor debería aceptar el dominio del destinatario, el administrador del destinatario tiene que añadirlo a sus dominios aceptados o corregir los registros MX del dominio.",
        "El sistema de correo se negó a transmitir tu mensaje, normalmente porque tu programa de correo no ha iniciado sesión en tu cuenta de correo saliente. Revisa la configuración de la cuenta y vuelve a intentarlo.",
    ],
    // too_many_recipients
    [
        "Demasiados destinatarios",
        "El mensaje tiene más destinatarios de los que el servidor acepta en una sola transacción. Los servidores rechazan los comandos `RCPT TO` sobrantes con `452` y `4.5.3`, o de forma permanente con `5.5.3`; los servidores antiguos envían `552`, que según el RFC 5321 debe tratarse en este caso como temporal.",
        "Un cliente que cumple el estándar entrega el mensaje a los destinatarios ya aceptados y envía los rechazados en una nueva transacción. Si una persona recibe esto en un rebote, debe dividir los destinatarios en grupos más pequeños o usar una lista de correo. Los administradores pueden revisar los límites de destinatarios configurados en el servidor.",
        "El mensaje tenía demasiados destinatarios para el sistema de correo que lo recibe. Envíalo a menos personas cada vez.",
    ],
    // sender_rejected
    [
        "Dirección del remitente rechazada",
        "El servidor rechazó la propia dirección del remitente del sobre, la indicada en `MAIL FROM`: tiene un formato incorrecto, su dominio no existe o no puede recibir respuestas, o este remitente no tiene permiso para usarla. Los códigos típicos son `553`, `501` con `5.1.7`, `550` con `5.1.8` y `5.7.27` para un dominio remitente con un MX nulo.",
        "Configura una dirección de remitente completa y real en el programa, el dispositivo o el script que envía, y no uses dominios ficticios. Si el servidor dice que no puedes enviar con esa dirección, usa la de la cuenta con la que iniciaste sesión. El administrador del remitente debe asegurarse de que el dominio existe y puede recibir correo, rebotes incluidos.",
        "Se rechazó la dirección desde la que envías. Revisa la dirección del remitente en la configuración de tu correo o pide ayuda al administrador de tu correo.",
    ],
    // sender_auth_fail
    [
        "Falló la autenticación del remitente (SPF o DKIM)",
        "El receptor comprobó si el dominio emisor autoriza este mensaje, y la comprobación SPF o DKIM no se superó. Existen códigos específicos (`5.7.23` y `5.7.24` para SPF, de `5.7.20` a `5.7.22` para DKIM, `5.7.26` para varios fallos), pero muchos servidores envían `550 5.7.1`, que es lo que el RFC 7208 propone para un fallo de SPF.",
        "El administrador del remitente debe incluir todos los servidores de envío legítimos en el registro SPF del dominio y hacer que todo el correo saliente se firme con DKIM, con la clave pública publicada en el DNS. Un mensaje de prueba a un buzón que controles muestra los resultados en su cabecera `Authentication-Results`. El reenvío rompe SPF; quien reenvía tiene que reescribir `MAIL FROM`.",
        "El sistema de correo del destinatario no pudo confirmar que el mensaje procede realmente de tu dominio de correo. El administrador de tu correo tiene que corregir la configuración del dominio.",
    ],
    // dmarc_fail
    [
        "Falló la comprobación de la política DMARC",
        "El dominio de la cabecera `From` publica una política DMARC que pide a los receptores rechazar el correo que no la supera, y ni SPF ni DKIM se superaron para un dominio alineado con él. El RFC 7489 muestra `550 5.7.1` como ejemplo de respuesta; también aparece `5.7.26`, y solo el texto revela que se trataba de DMARC.",
        "El administrador del remitente debe hacer que todas las fuentes de correo del dominio superen SPF o DKIM con un dominio alineado: firmar con un dominio `d=` que coincida con el dominio de `From` o que comparta con él el dominio organizativo, y configurar los servicios de boletines y de tickets para que firmen en su nombre. Los informes agregados de DMARC muestran qué fuentes fallan. Las listas de correo que modifican los mensajes rompen DKIM.",
        "El sistema de correo del destinatario rechazó el mensaje porque no pudo confirmar que procede de tu dominio de correo. El administrador de tu correo tiene que corregir la configuración del dominio.",
    ],
    // auth_required
    [
        "Hay que iniciar sesión antes de enviar",
        "El servidor solo acepta correo de clientes que han iniciado sesión, y este cliente envió `MAIL FROM` o `RCPT TO` sin haber completado `AUTH`. El RFC 4954 prevé para ello `530` con `5.7.0`; algunos servidores responden en su lugar con un rechazo de retransmisión.",
        "Activa la autenticación del servidor saliente en el programa de correo o la aplicación, con el nombre de usuario y la contraseña de la cuenta. Usa el puerto de envío (`587` con `STARTTLS`, o `465`) y envía `AUTH` después de `EHLO` y antes de `MAIL FROM`; la respuesta a `EHLO` enumera los mecanismos que ofrece el servidor.",
        "Tu programa de correo tiene que iniciar sesión en tu cuenta de correo saliente antes de poder enviar. Activa el inicio de sesión para el correo saliente en la configuración de la cuenta.",
    ],
    // auth_failed
    [
        "Inicio de sesión rechazado",
        "El cliente intentó iniciar sesión con `AUTH` y el servidor lo rechazó: el nombre de usuario o la contraseña son incorrectos, el mecanismo no está permitido o la cuenta no tiene permiso para iniciar sesión. Las respuestas típicas son `535` con `5.7.8`, `534` con `5.7.9` y `504` para un mecanismo desconocido; `454` indica un fallo temporal en el lado del servidor.",
        "Vuelve a escribir el nombre de usuario y la contraseña en la configuración del servidor saliente; muchos proveedores esperan la dirección completa como nombre de usuario, o una contraseña de aplicación si está activada la verificación en dos pasos. Elige un mecanismo de la línea `AUTH` de la respuesta a `EHLO`. Si los datos son correctos, el administrador de la cuenta debe comprobar si está bloqueada o desactivada.",
        "No se pudo iniciar sesión en tu cuenta de correo saliente. Revisa el nombre de usuario y la contraseña en la configuración de tu programa de correo.",
    ],
    // tls_required
    [
        "Cifrado obligatorio o fallido",
        "El servidor exige una conexión cifrada antes de este paso, o no se pudo establecer el cifrado. Entre las respuestas están `530 5.7.0` antes de `STARTTLS`, `5.7.10` o `5.7.11` para un mecanismo de inicio de sesión que requiere cifrado, `454` cuando TLS no está disponible por el momento y `5.7.30` para `REQUIRETLS`; una política MTA-STS (RFC 8461) también puede impedir la entrega.",
        "Envía `STARTTLS` después de `EHLO` o, para el envío de correo, conéctate al puerto `465` con TLS desde el principio, y vuelve a enviar `EHLO` una vez cifrada la conexión. Si la negociación falla, actualiza la biblioteca TLS del cliente y comprueba qué versiones del protocolo admiten ambos lados. Si el certificado de un servidor ha caducado o no coincide, su administrador tiene que sustituirlo.",
        "No se pudo enviar el mensaje a través de una conexión segura. Activa el cifrado del correo saliente en tu programa de correo o pide ayuda a tu proveedor de correo.",
    ],
    // blocklisted
    [
        "El remitente está en una lista de bloqueo",
        "La dirección del servidor emisor o el dominio del remitente figura en una lista de bloqueo que consulta el receptor, ya sea una lista de bloqueo DNS pública o una lista propia del receptor. Suele llegar como `550` o `554` con `5.7.1`, a veces como un saludo `554`; estos códigos se usan también para otros rechazos, y el texto suele nombrar la lista.",
        "El administrador del remitente debe buscar la dirección afectada en la lista que nombra la respuesta, averiguar la causa (una cuenta pirateada, un equipo infectado, un relay abierto, envíos a direcciones obsoletas), ponerle fin y luego solicitar la exclusión mediante el procedimiento de la propia lista. En un alojamiento compartido, tiene que hacerlo el proveedor, o bien trasladar el correo a otro relay.",
        "Tu proveedor de correo está en una lista de bloqueo que usa el sistema de correo del destinatario, por eso se rechazó el mensaje. Avisa al administrador de tu correo o a tu proveedor.",
    ],
    // bad_reputation
    [
        "Reputación del remitente demasiado baja",
        "El receptor rechazó o aplazó el mensaje por la reputación del servidor o del dominio emisor, que se forma a partir de quejas, mensajes caídos en trampas de spam, rebotes y cambios bruscos de volumen, sin nombrar ninguna lista de bloqueo. Las respuestas van desde un `421` o `450` temporal hasta un `550` o `554` con `5.7.1`, así que es el texto el que decide.",
        "El administrador del remitente debe averiguar qué dañó la reputación: una cuenta comprometida, correo a listas antiguas o compradas, la falta de enlaces para darse de baja o una dirección nueva que empezó enviando mucho volumen. Después hay que corregirlo, autenticar todo el correo y aumentar el volumen poco a poco. Muchos grandes receptores ofrecen herramientas para postmasters o circuitos de retroalimentación (feedback loops) que muestran la reputación que ellos ven.",
        "En este momento, el sistema de correo del destinatario no se fía del correo que llega de tu proveedor. Informa de este fallo al administrador de tu correo o a tu proveedor.",
    ],
    // reverse_dns
    [
        "DNS inverso ausente o no coincidente",
        "La dirección IP del servidor emisor no tiene nombre de DNS inverso (PTR), o ese nombre no se resuelve de vuelta a la misma dirección, y el receptor rechaza el correo de esos hosts. El código específico es `5.7.25`, pero muchos servidores envían `550 5.7.1`, o un `450` temporal porque puede que la consulta solo haya fallado de momento.",
        "El administrador del remitente debe pedir a quien controla la dirección IP, el proveedor de alojamiento o de internet, que configure un registro PTR con el nombre del servidor, y publicar para ese nombre un registro A o AAAA que apunte a la misma dirección. También ayuda usar ese mismo nombre en `EHLO`.",
        "El sistema de correo del destinatario rechazó el correo que envía tu proveedor por un problema de configuración de tu lado. Avisa al administrador de tu correo.",
    ],
    // policy_block
    [
        "Rechazado por la política del receptor",
        "Una regla local del lado receptor rechazó el mensaje, una regla que no tiene que ver con el spam, la autenticación ni las listas de bloqueo: por ejemplo, un destinatario que solo acepta a ciertos remitentes, un país o una red bloqueados, o un grupo o una lista cerrados. Suele llegar como `550` o `554` con `5.7.1`, o como `5.7.2` en el caso de una lista de correo.",
        "Busca en el texto de la respuesta qué regla se aplicó. Solo el destinatario o su administrador pueden cambiar la regla o añadir al remitente a una lista de permitidos, así que contacta con ellos por otra vía y cita la respuesta completa. Si es una lista de correo, envía desde la dirección suscrita.",
        "Según sus normas, la organización del destinatario no acepta mensajes tuyos. Ponte en contacto con el destinatario por otro medio y pídele que permita tus mensajes.",
    ],
    // spam
    [
        "Mensaje considerado spam",
        "El filtro del receptor examinó el mensaje y lo clasificó como spam a partir de su texto, sus enlaces, sus adjuntos o sus cabeceras, junto con la reputación del remitente. Los servidores suelen enviar `550` o `554` con `5.7.1`, códigos que también se usan para otros rechazos, así que el texto tiene que mencionar el spam.",
        "El remitente debe revisar lo que puede hacer saltar un filtro: enlaces a dominios de mala reputación o a través de acortadores, un mensaje formado casi solo por imágenes, asuntos engañosos o envíos masivos sin consentimiento ni enlace para darse de baja. El administrador del remitente debe asegurarse de que SPF, DKIM y DMARC se superan. Si es un falso positivo, el destinatario puede pedir a su administrador que autorice al remitente.",
        "El sistema de correo del destinatario trató tu mensaje como correo no deseado. Cambia el contenido, por ejemplo quitando enlaces o adjuntos, o ponte en contacto con el destinatario por otro medio.",
    ],
    // virus
    [
        "Malware o adjunto peligroso",
        "El análisis antivirus del receptor encontró malware en el mensaje, o un adjunto de un tipo que considera peligroso, como un programa o un documento con macros. No hay ningún código reservado para esto; los servidores usan `550` o `554`, a menudo con `5.7.1`, y el texto indica lo que se encontró.",
        "El remitente debe analizar el equipo desde el que se envió el mensaje con un software de seguridad actualizado, ya que el malware suele enviar correo por su cuenta. Un archivo legítimo que se haya bloqueado debe compartirse mediante un enlace de descarga en lugar de adjuntarse. Si el análisis se equivocó, el administrador del destinatario puede notificarlo o crear una excepción.",
        "El mensaje se rechazó porque un adjunto parecía peligroso. Comprueba que tu equipo no tenga virus, o comparte el archivo mediante un enlace de descarga.",
    ],
    // content_rejected
    [
        "Contenido o formato del mensaje rechazado",
        "Se rechazó algo de la forma del mensaje: campos de cabecera ausentes, duplicados o mal formados, una estructura o una codificación MIME defectuosa, líneas demasiado largas o un tipo de adjunto que el receptor no acepta. Los servidores usan códigos `5.6.x` para los problemas de contenido o formato, o un `550` o `554` genérico, así que es el texto el que decide.",
        "Los desarrolladores deben hacer que el mensaje cumpla el RFC 5322 y MIME: un solo campo de cabecera `From` y uno solo `Date`, un `Message-ID`, líneas de 998 caracteres como máximo terminadas en CRLF, y el contenido de 8 bits codificado, salvo que el servidor ofrezca `8BITMIME`. Quien reciba este error debe quitar el tipo de adjunto que nombra la respuesta o compartir el archivo mediante un enlace.",
        "El sistema de correo del destinatario no pudo aceptar el mensaje tal como está, a menudo por el tipo de un adjunto. Quita o sustituye el adjunto, o envía un mensaje de solo texto.",
    ],
    // message_too_big
    [
        "Mensaje demasiado grande",
        "El mensaje supera el tamaño que acepta el receptor, ya sea para todo el sistema o para este buzón. Los servidores envían `552` con `5.3.4` por un límite del sistema o con `5.2.3` por un límite del buzón; un servidor compatible con la extensión `SIZE` puede rechazarlo ya en `MAIL FROM`, antes de que se envíe ningún dato.",
        "Reduce el tamaño del mensaje: comparte los archivos grandes mediante un enlace de descarga, o comprímelos o divídelos, y ten en cuenta que los adjuntos crecen aproximadamente un tercio al codificarse para el envío. Un número tras `SIZE` en la respuesta a `EHLO` es el límite del servidor en bytes. Solo el administrador del destinatario puede aumentar el límite.",
        "El mensaje es demasiado grande para el sistema de correo del destinatario. Quita los adjuntos grandes o compártelos mediante un enlace de descarga, y vuelve a enviarlo.",
    ],
    // rate_limited
    [
        "Límite de envíos alcanzado",
        "El remitente superó un límite de mensajes, conexiones o destinatarios en un periodo de tiempo, así que el servidor no acepta más por ahora. Los receptores suelen responder con `421`, `450` o `451`, a menudo con un código `4.7.x`; los servidores de envío pueden rechazar con `550` o `554` cuando se agota una cuota diaria de envío.",
        "Deja que el servidor emisor reintente más tarde con pausas cada vez más largas, y reduce el número de conexiones en paralelo y de mensajes por conexión hacia este receptor. Reparte los envíos masivos en el tiempo. Si se trata de una cuota de tu propia cuenta, espera a que se restablezca o pide al proveedor un límite más alto.",
        "Se enviaron demasiados mensajes en poco tiempo, así que este ha quedado retenido. Espera un rato y vuelve a intentarlo.",
    ],
    // greylisted
    [
        "Retrasado por listas grises: reintentar más tarde",
        "El receptor rechazó a propósito, durante un tiempo, el primer intento de un remitente desconocido, para ver si vuelve a intentarlo un servidor de correo real, cosa que las herramientas de spam a menudo no hacen. Responde `450` o `451`, a menudo con `4.7.1` o `4.2.0`, y acepta un reintento hecho una vez pasado el tiempo de espera.",
        "No hay nada que corregir si el servidor emisor pone el mensaje en cola y lo reintenta, como exige el RFC 5321; el retraso suele ir de unos minutos a una hora. Los scripts y las aplicaciones que envían directamente también deben poner el correo en cola y reintentar, y los reintentos deben salir de la misma dirección o del mismo grupo de direcciones, ya que una dirección nueva reinicia la espera.",
        "El mensaje se ha retrasado, pero no se ha perdido. Lo normal es que se entregue solo en un plazo de entre unos minutos y una hora.",
    ],
    // syntax
    [
        "Comando o parámetro no reconocido",
        "Un comando que envió el cliente estaba mal formado, era desconocido o usaba una opción que el servidor no admite, así que no se ejecutó. Los servidores lo indican con `500`, `501`, `502`, `504` o `555`, a menudo con `5.5.1`, `5.5.2` o `5.5.4`; una dirección mal formada recibe `5.1.3` o `5.1.7`.",
        "Corrige el programa que envía, no el mensaje: revisa cómo están escritos los comandos, pon las direcciones entre corchetes angulares y sin espacios, y usa solo las extensiones y los parámetros que el servidor enumera en su respuesta a `EHLO`. El texto que sigue al código suele nombrar la parte errónea. Enviar el mismo comando otra vez fallará de la misma manera.",
        "Tu programa de correo envió una petición que el sistema de correo del destinatario no entendió. Revisa si las direcciones tienen caracteres extraños y actualiza el programa si vuelve a ocurrir.",
    ],
    // bad_sequence
    [
        "Comandos en un orden incorrecto",
        "El cliente envió un comando válido en un momento de la sesión en el que no está permitido, como `RCPT TO` antes de `MAIL FROM` o `DATA` sin ningún destinatario aceptado. Los servidores responden `503`, normalmente con `5.5.1`.",
        "Mira las respuestas inmediatamente anteriores: un `MAIL FROM` o un `RCPT TO` rechazado suele provocar el `503` que le sigue, y esa respuesta anterior muestra el motivo real. Si no es el caso, corrige el orden del cliente: `EHLO`, `AUTH` si hace falta, `MAIL FROM`, `RCPT TO` y luego `DATA`, con `RSET` para empezar de nuevo.",
        "Tu programa de correo y el sistema de correo del destinatario se han desincronizado. Vuelve a enviar el mensaje y actualiza el programa si vuelve a ocurrir.",
    ],
    // service_unavailable
    [
        "Servidor no disponible temporalmente",
        "El servidor respondió, pero dijo que ahora no puede atender porque está sobrecargado, en mantenimiento o apagándose. Las respuestas típicas son `421`, que cierra la conexión, y `450` o `451` con `4.3.2` o `4.4.5`; el problema está en ese servidor, no en el mensaje.",
        "Deja que el servidor emisor lo reintente más tarde, como hace por sí solo tras una respuesta temporal. Si un servidor lleva horas rechazando, su administrador debe revisar su carga, sus servicios y su almacenamiento. Un cliente que se vuelve a conectar de inmediato agrava la sobrecarga, así que los reintentos deben esperar.",
        "El sistema de correo del destinatario está ocupado o fuera de servicio en este momento. Normalmente la entrega se reintenta de forma automática; si el mensaje te llega devuelto, vuelve a enviarlo más tarde.",
    ],
    // system_error
    [
        "Error en el servidor receptor",
        "Algo falló dentro del servidor que respondió: un error de configuración, el almacenamiento lleno o una consulta fallida al DNS o a un directorio de usuarios. Entre las respuestas están `451` con `4.3.0`, `452` con `4.3.1`, `4.3.5` y `4.4.3`, y a veces un `554` o un `5.3.x` permanentes; normalmente el mensaje en sí está bien.",
        "El operador del servidor tiene que buscar el fallo en sus logs y corregirlo: liberar almacenamiento, corregir la configuración o reparar el DNS o el servicio de directorio del que depende. El remitente no puede hacer más que dejar que sigan los reintentos y, si el error persiste, avisar al postmaster de ese sistema con la respuesta completa y su hora.",
        "El sistema de correo del destinatario tuvo un problema técnico. Inténtalo de nuevo más tarde y, si sigue fallando, ponte en contacto con el destinatario por otro medio.",
    ],
    // network_error
    [
        "Fallo de conexión",
        "No se pudo establecer la conexión con el servidor de correo, o se cortó: fue rechazada, agotó el tiempo de espera o se restableció, así que puede que no haya ninguna respuesta. Los servidores emisores lo registran con `4.4.1` cuando no hay respuesta o con `4.4.2` cuando la conexión es defectuosa, y siguen reintentando.",
        "Comprueba el nombre de host y el puerto que usa el cliente, y si un cortafuegos o el proveedor de red bloquea las conexiones salientes al puerto `25`, algo habitual en redes domésticas y en la nube. Si se trata de un dominio remoto, comprueba que sus registros MX apuntan a servidores que estén en marcha y sean accesibles. Mientras tanto, el servidor emisor reintenta por sí solo.",
        "Tu mensaje no pudo llegar al sistema de correo del destinatario por un problema de conexión. Normalmente se reintenta de forma automática; si no es así, vuelve a intentarlo más tarde.",
    ],
    // loop_detected
    [
        "Bucle de correo detectado",
        "El mensaje pasó tantas veces de un servidor a otro que uno de ellos lo detuvo, porque estaba dando vueltas en un bucle. Los servidores cuentan los campos de cabecera `Received` e indican `5.4.6`, a menudo con `554`, o un texto sobre un bucle o sobre demasiados saltos; lo provocan reglas de reenvío y ajustes de enrutamiento que se apuntan entre sí.",
        "Lee los campos de cabecera `Received` del mensaje devuelto para ver qué servidores se repiten. Los administradores de esos sistemas deben eliminar la regla de reenvío, el alias o el ajuste de enrutamiento que devuelve el correo, o corregir un registro MX que apunte al servidor equivocado. Si se vuelve a enviar antes, el mensaje entrará de nuevo en el bucle.",
        "El mensaje daba vueltas sin fin entre sistemas de correo, así que se detuvo su envío. Avisa al destinatario por otro medio, porque probablemente haya que corregir su configuración de reenvío.",
    ],
    // expired
    [
        "Se agotaron los intentos de entrega",
        "El servidor emisor siguió reintentando el mensaje tras fallos temporales y desistió al llegar a su límite de tiempo, a menudo de varios días. El rebote puede llevar `5.4.7` o simplemente el último error registrado; la causa real está en los intentos fallidos anteriores.",
        "Busca en el rebote o en el log del servidor emisor los errores de los intentos anteriores, como un host inaccesible o un buzón lleno, y haz que el responsable corrija esa causa. Después vuelve a enviar el mensaje, porque el servidor emisor ha dejado de intentarlo.",
        "No se pudo entregar tu mensaje pese a intentarlo repetidamente durante mucho tiempo. Comprueba la dirección y vuelve a enviarlo más tarde, o ponte en contacto con el destinatario por otro medio.",
    ],
    // success
    [
        "Aceptado",
        "El servidor ejecutó el comando; tras el `.` final del mensaje, un `250` significa que aceptó el mensaje y asumió la responsabilidad de entregarlo. No es una garantía de que llegue a la bandeja de entrada: todavía puede rebotar más tarde o quedar filtrado.",
        "No hay nada que corregir. Si el destinatario dice que el mensaje nunca llegó, pídele que revise su carpeta de spam, estate atento a un posible rebote posterior y usa el ID de cola o el ID del mensaje que aparece en la respuesta para rastrearlo en los logs del lado receptor.",
        "El mensaje se aceptó para su entrega.",
    ],
    // intermediate
    [
        "A la espera del siguiente paso",
        "Hasta aquí, el servidor aceptó el comando y espera más datos del cliente, como el contenido del mensaje tras `354` o el siguiente paso del inicio de sesión tras `334`. Todavía no ha fallado nada, pero tampoco se ha entregado nada.",
        "El cliente debe enviar lo que el servidor pidió: tras `354`, el mensaje terminado en una línea que solo contenga `.`; tras `334`, la siguiente respuesta de `AUTH`. Si una sesión se detiene aquí, busca un cliente que nunca envió el resto o una conexión que se cortó mientras lo enviaba.",
        "El mensaje todavía se está enviando; hasta ahora no ha fallado nada.",
    ],
    // unknown
    [
        "La respuesta no aclara el motivo",
        "Nada en la respuesta apunta a un motivo concreto: el código es genérico, como `550`, `554` o `5.0.0`, y el texto no dice qué ocurrió. Solo la clase del código es segura: `4xx` para un fallo temporal y `5xx` para uno permanente.",
        "Lee la respuesta completa y el log del servidor emisor en torno a ella. Tras una respuesta `4xx`, deja que el servidor emisor reintente; tras una `5xx`, no vuelvas a enviar el mensaje sin cambios. Si sigue sin estar claro, escribe a la dirección postmaster del dominio receptor con la respuesta completa, la hora y las direcciones implicadas.",
        "No se pudo entregar el mensaje y el motivo no está claro. Inténtalo de nuevo más tarde y, si sigue fallando, ponte en contacto con el destinatario por otro medio.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "El host MX no superó la validación MTA-STS",
        "Exchange Online no entregó el mensaje porque el host MX al que llegó no figura en la política MTA-STS del dominio del destinatario. Es un fallo temporal, así que Exchange Online sigue reintentando.",
        "Exchange Online lo envía cuando el dominio de destino publica una política MTA-STS cuyas entradas `mx` no cubren el host indicado en los registros MX del dominio.",
        "El administrador del dominio del destinatario debe hacer que la política MTA-STS y los registros MX coincidan, añadiendo el host MX a la política o corrigiendo el registro MX. El remitente solo puede esperar o avisar al destinatario.",
    ],
    // 4.4.312 (microsoft)
    [
        "Falló la consulta DNS del destino",
        "Exchange Online intentó buscar el host de destino, normalmente el host inteligente de un conector de salida, y la consulta DNS falló. El mensaje sigue en cola y se reintenta durante un máximo de 24 horas.",
        "Microsoft 365 lo notifica en entregas a través de conectores cuando el alojamiento DNS del dominio tiene un problema, el dominio ha caducado o un cambio reciente de MX sigue guardado en caché.",
        "El administrador del dominio de destino debe corregir su DNS con el proveedor de alojamiento DNS o renovar el dominio. Si el conector apunta al servicio de un socio, es ese socio quien tiene que corregirlo.",
    ],
    // 4.4.315 (microsoft)
    [
        "Se agotó el tiempo de conexión con el destino",
        "Exchange Online no pudo contactar a tiempo con el servidor de correo de destino. El mensaje sigue en cola y se reintenta durante un máximo de 24 horas.",
        "Microsoft 365 lo notifica cuando un servidor local o de un socio situado detrás de un conector está caído, o cuando el ajuste de host inteligente del conector apunta a una dirección IP equivocada.",
        "Comprueba que el servidor de destino está en marcha y es accesible en el puerto `25`, y que la dirección del host inteligente del conector sigue siendo correcta, por ejemplo después de cambiar de proveedor de internet.",
    ],
    // 4.4.316 (microsoft)
    [
        "El destino rechazó la conexión",
        "Exchange Online intentó conectarse con un servidor de correo externo a Microsoft 365 y la conexión fue rechazada, así que el mensaje se queda en la cola para reintentarlo.",
        "Exchange Online lo envía cuando un cortafuegos situado delante del servidor de destino bloquea las direcciones de Microsoft 365, o cuando se ha apagado un servidor local que estaba detrás de un conector.",
        "El administrador del destino debe permitir las conexiones desde los rangos de IP de Microsoft 365 en el puerto `25`. Si el servidor local se ha retirado a propósito, desactiva el conector y haz que el dominio aceptado sea autoritativo.",
    ],
    // 4.4.317 (microsoft)
    [
        "No se puede conectar con el servidor remoto",
        "Exchange Online llegó al servidor de destino, pero este respondió con un error inmediato o no cumplió los requisitos de la conexión, como el TLS que exige el conector.",
        "Microsoft 365 lo notifica en entregas a través de conectores cuando el servidor remoto dice que no está disponible, o cuando el conector exige TLS y el servidor remoto no lo ofrece.",
        "El administrador del destino debe revisar la configuración TLS y el certificado del servidor, así como la configuración TLS del conector en Microsoft 365. Si detrás del conector hay un servicio de un socio, es ese servicio el que tiene que corregir su parte.",
    ],
    // 4.4.318 (microsoft)
    [
        "La conexión se cerró de forma abrupta",
        "La conexión entre Exchange Online y el servidor de destino se cortó durante la sesión, así que el mensaje se reintenta más tarde.",
        "Microsoft 365 lo notifica cuando interfiere la inspección SMTP de un cortafuegos, el servidor de destino se bloquea o se queda sin recursos, o falla la red entre ambos.",
        "El administrador del destino debe desactivar la inspección SMTP defectuosa del cortafuegos, comprobar el estado y los recursos del servidor de correo y hacer que se revise la ruta de red.",
    ],
    // 4.7.32 (google)
    [
        "Dominio de From no alineado con SPF ni con DKIM",
        "Gmail está ralentizando tu correo porque el dominio de la cabecera `From` no coincide ni con el dominio que superó SPF ni con el que firmó con DKIM. Es el requisito de alineación DMARC que Gmail impone a los remitentes masivos.",
        "Gmail lo envía como respuesta temporal `421` a remitentes cuyos mensajes se autentican, pero para un dominio distinto del que el destinatario ve como autor.",
        "El administrador del remitente debe firmar el correo con un dominio DKIM `d=` que comparta el dominio organizativo con la dirección `From`, o enviar con un dominio `MAIL FROM` que lo comparta, y publicar un registro DMARC. Los servicios de envío suelen ofrecer para ello un dominio de envío o de firma personalizado.",
    ],
    // 4.7.320 (microsoft)
    [
        "Falló la validación del certificado",
        "Exchange Online no pudo validar el certificado TLS del servidor de destino, por ejemplo porque ha caducado o nombra a otro host, así que mantiene el mensaje en cola.",
        "Microsoft 365 lo notifica en entregas a través de un conector que exige un certificado válido.",
        "El administrador del destino debe instalar un certificado válido, o bien hay que corregir la configuración de certificados del conector, para que los mensajes en cola puedan salir.",
    ],
    // 4.7.321 (microsoft)
    [
        "El destino debe admitir TLS (DANE)",
        "El dominio de destino está protegido con DNSSEC y DANE, pero su servidor de correo no respondió a `STARTTLS` o falló la negociación TLS, así que Exchange Online no quiso enviar el mensaje sin cifrar.",
        "Exchange Online lo envía como error temporal con `starttls-not-supported` al entregar a un dominio con registros DNSSEC válidos.",
        "El administrador del dominio del destinatario debe hacer que el servidor de correo ofrezca `STARTTLS` y complete la negociación.",
    ],
    // 4.7.322 (microsoft)
    [
        "El certificado del destino ha caducado (DANE)",
        "El servidor de destino, protegido con DANE, presentó un certificado caducado, así que Exchange Online no entregó el mensaje.",
        "Exchange Online lo envía como error temporal con `certificate-expired` después de superarse las comprobaciones DNSSEC.",
        "El administrador del dominio del destinatario debe renovar el certificado del servidor y actualizar los registros TLSA si estos lo fijan.",
    ],
    // 4.7.323 (microsoft)
    [
        "El dominio no superó la validación DANE",
        "El certificado del destino no coincide con su registro TLSA auténtico, o el registro TLSA es incorrecto, así que Exchange Online no entregó el mensaje.",
        "Exchange Online lo envía como error temporal con `tlsa-invalid` para un dominio de destino firmado con DNSSEC.",
        "El administrador del dominio del destinatario debe publicar registros TLSA que coincidan con el certificado que presenta el servidor de correo, sobre todo después de un cambio de certificado.",
    ],
    // 4.7.324 (microsoft)
    [
        "El destino devolvió registros DNSSEC no válidos",
        "El dominio de destino dice estar firmado con DNSSEC, pero Exchange Online no pudo validar sus registros, así que no entregó el mensaje.",
        "Exchange Online lo envía como error temporal con `dnssec-invalid`.",
        "El administrador del dominio del destinatario debe corregir la firma DNSSEC de la zona, por ejemplo firmas caducadas o un registro DS incorrecto en la zona superior.",
    ],
    // 4.7.325 (microsoft)
    [
        "El certificado no coincide con el nombre de host (DANE)",
        "El certificado del servidor de destino, protegido con DANE, no nombra ni el dominio ni el host MX, así que Exchange Online no entregó el mensaje.",
        "Exchange Online lo envía como error temporal con `certificate-host-mismatch`.",
        "El administrador del dominio del destinatario debe instalar un certificado cuyo nombre común o cuyos nombres alternativos del sujeto incluyan el nombre del host MX.",
    ],
    // 4.7.500 (microsoft)
    [
        "Acceso denegado, inténtalo de nuevo más tarde (limitación por IP)",
        "Microsoft 365 limita temporalmente el correo de la dirección IP que se conecta porque de repente envía mucho más que antes o porque es nueva para Microsoft; los textos llevan códigos `ASxxx`.",
        "Exchange Online Protection lo envía como `451` a servidores cuyo patrón de envío ha cambiado mucho, como parte de su limitación antispam.",
        "Para un remitente legítimo, la restricción se levanta tras unos días de envío constante. Un cliente de Microsoft 365 que retransmite a través de Microsoft o que enruta el correo entrante a través de otro servicio debe configurar el conector correspondiente, lo que elimina la limitación.",
    ],
    // 4.7.850 (microsoft)
    [
        "Acceso denegado, inténtalo de nuevo más tarde (IP sospechosa)",
        "Microsoft 365 detectó actividad sospechosa desde la dirección IP emisora y la restringe durante un tiempo mientras hace más comprobaciones.",
        "Exchange Online lo envía como rechazo temporal mientras evalúa una dirección IP.",
        "Si el tráfico es legítimo, deja que el servidor emisor reintente; según Microsoft, la restricción se levanta en poco tiempo. Si el servidor envió spam de verdad, elimina primero el origen.",
    ],
    // 4.16.50 (yahoo)
    [
        "Aplazado por quejas de usuarios de Yahoo",
        "Código de diagnóstico propio de Yahoo para un aplazamiento temporal: el correo del servidor emisor ha provocado muchas quejas de usuarios de Yahoo Mail.",
        "Yahoo lo envía con `421` y el texto «temporarily deferred», normalmente después de que los destinatarios marcaran como spam correo anterior de la misma dirección IP.",
        "Deja que la cola reintente más tarde. El administrador del remitente debe revisar qué envía el servidor a los usuarios de Yahoo y a quién, y detener el correo que los destinatarios no han pedido. Quien no gestione el servidor debe pasar el error completo a su administrador.",
    ],
    // 4.16.55 (yahoo)
    [
        "Aplazado por un volumen inesperado o por quejas de usuarios",
        "Código de diagnóstico propio de Yahoo que acompaña a sus aplazamientos `[TS01]` y `[TSS04]`: Yahoo ha ralentizado el correo de esta dirección IP por su volumen o por quejas de usuarios de Yahoo.",
        "Yahoo lo envía en respuestas `421`, a menudo como `4.16.55.1`, cuando una dirección IP envía un tráfico inusual o correo que los destinatarios denuncian como spam.",
        "El servidor emisor puede reintentar más tarde. El administrador del remitente debe localizar el origen del correo que provocó las quejas (una cuenta comprometida, un envío no deseado), detenerlo y aumentar el volumen hacia Yahoo solo de forma gradual.",
    ],
    // 5.0.350 (microsoft)
    [
        "Rechazo genérico de la organización del destinatario",
        "Exchange Online usa este código comodín para muchos rechazos del lado del destinatario; el texto nombra la causa, como `x-dg-ref header is too long` o `policy violation detected (AS345)`.",
        "El texto `x-dg-ref` aparece con mensajes en formato de texto enriquecido (Rich Text), y el texto `AS345` con adjuntos anidados.",
        "Lee el texto que sigue al código. Para `x-dg-ref`, envía el mensaje como HTML o como texto sin formato; para `AS345`, no adjuntes mensajes que a su vez lleven adjuntos.",
    ],
    // 5.1.20 (microsoft)
    [
        "Varias direcciones From sin una dirección Sender",
        "El mensaje tiene más de una dirección en su campo de cabecera `From` y ningún campo `Sender`, que el RFC 5322 exige en ese caso, así que Exchange Online lo rechazó.",
        "Exchange Online lo envía para mensajes creados con varias direcciones `From`, normalmente por scripts o por programas de correo poco habituales.",
        "Envía con una sola dirección `From`, o añade un campo de cabecera `Sender` con exactamente una dirección.",
    ],
    // 5.1.90 (microsoft)
    [
        "Límite diario de destinatarios alcanzado",
        "El remitente de Microsoft 365 ha enviado en un día a más destinatarios de los que permiten los límites de envío de Exchange Online.",
        "Exchange Online lo envía a sus propios usuarios que superan el límite diario de destinatarios; también puede significar que la cuenta está comprometida y enviando spam.",
        "Espera a que se restablezca el límite y reparte los envíos grandes en el tiempo, o usa un servicio de envíos masivos. El administrador debe revisar la cuenta en busca de indicios de que esté comprometida.",
    ],
    // 5.1.351 (microsoft)
    [
        "El servidor remoto devolvió destinatario desconocido o buzón no disponible",
        "Exchange Online transmite un rechazo del siguiente servidor: ese servidor dijo que el destinatario es desconocido o que su buzón no está disponible. La respuesta del propio servidor remoto aparece después de `->`.",
        "Exchange Online lo incluye en los rebotes cuando el servidor receptor rechazó al destinatario, con un texto como `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Revisa si la dirección del destinatario tiene errores tipográficos y pide al destinatario la dirección correcta. La respuesta remota que sigue a `->` indica lo que dijo el servidor receptor.",
    ],
    // 5.2.121 (microsoft)
    [
        "Superado el límite por hora del destinatario para este remitente",
        "El remitente ha enviado a un destinatario de Exchange Online, en una hora, más mensajes de los que ese destinatario acepta de un solo remitente.",
        "Exchange Online lo envía a remitentes automáticos y a sistemas de notificaciones que inundan un buzón.",
        "Vuelve a intentarlo más tarde y envía menos mensajes por hora a ese destinatario, por ejemplo agrupando las notificaciones.",
    ],
    // 5.2.122 (microsoft)
    [
        "Superado el límite de recepción por hora del destinatario",
        "El destinatario de Exchange Online ha recibido en una hora, sumando todos los remitentes, más mensajes de los permitidos.",
        "Exchange Online lo envía cuando un buzón se ve inundado por tormentas de correo o por muchos remitentes automáticos.",
        "Vuelve a intentarlo más tarde. Si lo provoca correo automático, reduce la frecuencia con la que se envía; puede que el destinatario tenga que averiguar quién está inundando su buzón.",
    ],
    // 5.3.190 (microsoft)
    [
        "No se admite el registro en diario hacia Microsoft 365",
        "Una regla local de registro en diario envía informes de diario a Microsoft 365, pero la organización no ha activado Journaling Archive, así que Exchange Online los rechaza.",
        "Exchange Online lo envía a organizaciones que registran en diario su correo local en Microsoft 365.",
        "El administrador de Microsoft 365 de la organización debe activar Journaling Archive o dirigir la regla de registro en diario a otro destino.",
    ],
    // 5.4.8 (microsoft)
    [
        "El host MX no superó la validación MTA-STS (permanente)",
        "Exchange Online desistió de la entrega porque la política MTA-STS del dominio del destinatario no permite el host MX de ese dominio.",
        "Exchange Online lo envía como fallo definitivo cuando la política MTA-STS de un dominio no incluye el host MX encontrado en el DNS.",
        "El administrador del dominio del destinatario debe añadir el host MX a la política MTA-STS o corregir el registro MX; después, el remitente puede volver a enviar el mensaje.",
    ],
    // 5.4.14 (microsoft)
    [
        "Número de saltos superado, posible bucle de correo",
        "Exchange Online detuvo el mensaje porque se había enrutado demasiadas veces; es el código propio de Exchange Online para un bucle de correo, mientras que Exchange local usa `5.4.6`.",
        "Exchange Online lo envía cuando un dominio aceptado está mal configurado o, en entornos híbridos, cuando los conectores se devuelven el correo de uno a otro; el texto suele terminar en `ATTR34`.",
        "El administrador de la organización del destinatario debe comprobar que el dominio es un dominio aceptado autoritativo y que los conectores híbridos enrutan al host inteligente correcto; volver a ejecutar el Hybrid Configuration Wizard (asistente para la configuración híbrida) suele resolverlo.",
    ],
    // 5.4.300 (microsoft)
    [
        "Mensaje caducado",
        "Exchange Online no pudo entregar el mensaje en el tiempo permitido, porque el destino nunca respondió o porque tampoco se pudo entregar un rebote sobre él.",
        "Exchange Online lo envía como fallo definitivo cuando se han agotado sus reintentos para un mensaje.",
        "Revisa los errores anteriores para este destino para averiguar por qué seguía fallando la entrega, haz que se corrija la causa y vuelve a enviar el mensaje.",
    ],
    // 5.4.312 (microsoft)
    [
        "Mensaje caducado tras fallos en la consulta DNS",
        "Exchange Online dejó de reintentar porque en todos los intentos falló la búsqueda del destino en el DNS, hasta que se agotó el tiempo del mensaje en la cola.",
        "Exchange Online lo incluye en el rebote tras aplazamientos `4.4.312` anteriores, con el texto `Message expired, DNS query failed`.",
        "El administrador del dominio del destinatario debe corregir el DNS del dominio o renovar el dominio. Después, el remitente tiene que volver a enviar el mensaje.",
    ],
    // 5.4.316 (microsoft)
    [
        "Mensaje caducado tras rechazos de conexión",
        "Exchange Online dejó de reintentar porque el servidor de destino siguió rechazando las conexiones hasta que se agotó el tiempo del mensaje en la cola.",
        "Exchange Online lo incluye en el rebote tras aplazamientos `4.4.316` anteriores, con el texto `Message expired, connection refused`.",
        "El administrador del destino debe hacer que el servidor acepte conexiones de Microsoft 365 en el puerto `25`. Después, el remitente tiene que volver a enviar el mensaje.",
    ],
    // 5.4.318 (microsoft)
    [
        "Mensaje caducado tras restablecerse las conexiones",
        "Exchange Online dejó de reintentar porque sus conexiones con el destino se restablecían una y otra vez, algo que marca como `SuspiciousRemoteServerError`.",
        "Exchange Online lo incluye en el rebote tras repetidos aplazamientos `4.4.318` para el mismo destino.",
        "El administrador del destino debe averiguar qué interrumpe las sesiones, a menudo un cortafuegos que inspecciona el tráfico SMTP. Después, el remitente tiene que volver a enviar el mensaje.",
    ],
    // 5.6.11 (microsoft)
    [
        "Caracteres no válidos (saltos de línea sueltos)",
        "El mensaje contiene caracteres de salto de línea sueltos, es decir, finales de línea sin retorno de carro, que Exchange Online no acepta.",
        "Exchange Online lo envía cuando un programa de correo o un script escribe líneas que terminan en `LF` en lugar de `CRLF`.",
        "Corrige el programa que envía para que cada línea termine en `CRLF`, o envía a través de un servidor que convierta los finales de línea.",
    ],
    // 5.7.57 (microsoft)
    [
        "Cliente no autenticado para enviar correo anónimo",
        "Una aplicación o un dispositivo envió correo a `smtp.office365.com` sin iniciar sesión, y Exchange Online rechazó `MAIL FROM`.",
        "Exchange Online lo envía a impresoras, escáneres y aplicaciones configurados para retransmitir a través de Microsoft 365 cuyo inicio de sesión o cuya configuración TLS es incorrecta.",
        "Configura el dispositivo con las credenciales de un usuario que tenga un buzón de Exchange Online y asegúrate de que usa `STARTTLS`, ya que el inicio de sesión requiere TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, acceso de retransmisión denegado",
        "Exchange Online no pudo asociar el correo de los propios servidores de la organización con un conector de entrada, así que se negó a retransmitirlo.",
        "Exchange Online lo envía cuando algo ha cambiado en el entorno local, como la dirección IP del servidor emisor o el nombre de su certificado, y ya no coincide con el conector de entrada.",
        "El administrador debe actualizar el conector de entrada con las direcciones IP actuales o con el nombre del certificado del servidor local.",
    ],
    // 5.7.124 (microsoft)
    [
        "El remitente no está en la lista de remitentes permitidos",
        "El destinatario es un grupo de distribución que solo acepta correo de los remitentes de una lista, y el remitente no figura en ella.",
        "Exchange Online lo envía para grupos con restricciones de entrega; puede que incluso el propietario del grupo tenga que figurar en la lista.",
        "Pide al propietario del grupo o al administrador del destinatario que añada al remitente a los remitentes permitidos del grupo o que elimine la restricción.",
    ],
    // 5.7.133 (microsoft)
    [
        "Remitente no autenticado para el grupo",
        "El destinatario es un grupo que rechaza el correo de fuera de su organización, y el remitente es externo.",
        "Exchange Online lo envía cuando remitentes externos escriben a un grupo de distribución que exige remitentes autenticados.",
        "El propietario del grupo o el administrador del destinatario debe permitir remitentes externos para el grupo.",
    ],
    // 5.7.134 (microsoft)
    [
        "Remitente no autenticado para el buzón",
        "El buzón del destinatario está configurado para rechazar el correo de fuera de su organización, y el remitente es externo.",
        "Exchange Online lo envía para buzones con el ajuste que exige remitentes autenticados.",
        "Solo el administrador de la organización del destinatario puede cambiar las restricciones de entrega del buzón.",
    ],
    // 5.7.135 (microsoft)
    [
        "Remitente no autenticado para la carpeta pública",
        "El destinatario es una carpeta pública habilitada para correo que rechaza el correo de fuera de su organización.",
        "Exchange Online lo envía cuando remitentes externos escriben a una carpeta pública que exige remitentes autenticados.",
        "El administrador de la organización del destinatario debe permitir que la carpeta pública acepte correo de todos los remitentes.",
    ],
    // 5.7.136 (microsoft)
    [
        "Remitente no autenticado para el usuario de correo",
        "El destinatario es un usuario de correo configurado para rechazar el correo de fuera de su organización.",
        "Exchange Online lo envía cuando un remitente externo escribe a un usuario de correo con el ajuste que exige remitentes autenticados.",
        "Solo el administrador de la organización del destinatario puede cambiar este ajuste.",
    ],
    // 5.7.193 (microsoft)
    [
        "El grupo de Microsoft 365 no acepta remitentes externos",
        "El destinatario es un grupo de Microsoft 365 que solo acepta correo de sus miembros o de dentro de su organización.",
        "Exchange Online lo envía con `UnifiedGroupAgent` cuando un remitente externo escribe a un grupo de ese tipo.",
        "El propietario del grupo o el administrador del destinatario debe permitir que personas de fuera de la organización envíen correo al grupo.",
    ],
    // 5.7.321 (microsoft)
    [
        "El destino debe admitir TLS (DANE, permanente)",
        "Exchange Online desistió porque el servidor de destino, protegido con DANE, no ofreció `STARTTLS` o falló la negociación.",
        "Exchange Online lo envía como error permanente con `starttls-not-supported`.",
        "El administrador del dominio del destinatario debe activar TLS en el servidor de correo; después, el remitente puede volver a enviar el mensaje.",
    ],
    // 5.7.322 (microsoft)
    [
        "El certificado del destino ha caducado (DANE, permanente)",
        "Exchange Online desistió porque el servidor de destino, protegido con DANE, seguía presentando un certificado caducado.",
        "Exchange Online lo envía como error permanente con `certificate-expired`.",
        "El administrador del dominio del destinatario debe renovar el certificado; después, el remitente puede volver a enviar el mensaje.",
    ],
    // 5.7.323 (microsoft)
    [
        "El dominio no superó la validación DANE (permanente)",
        "Exchange Online desistió porque el certificado del destino seguía sin superar la validación con sus registros TLSA.",
        "Exchange Online lo envía como error permanente con `tlsa-invalid`.",
        "El administrador del dominio del destinatario debe corregir los registros TLSA o el certificado; después, el remitente puede volver a enviar el mensaje.",
    ],
    // 5.7.324 (microsoft)
    [
        "El destino devolvió registros DNSSEC no válidos (permanente)",
        "Exchange Online desistió porque los registros DNSSEC del dominio de destino seguían sin superar la validación.",
        "Exchange Online lo envía como error permanente con `dnssec-invalid`.",
        "El administrador del dominio del destinatario debe reparar la firma DNSSEC de la zona; después, el remitente puede volver a enviar el mensaje.",
    ],
    // 5.7.325 (microsoft)
    [
        "El certificado no coincide con el nombre de host (DANE, permanente)",
        "Exchange Online desistió porque el certificado del servidor de destino no coincidía con el nombre del host MX.",
        "Exchange Online lo envía como error permanente con `certificate-host-mismatch`.",
        "El administrador del dominio del destinatario debe sustituir el certificado por uno que nombre el host MX; después, el remitente puede volver a enviar el mensaje.",
    ],
    // 5.7.367 (microsoft)
    [
        "El servidor remoto devolvió que no se permite la retransmisión",
        "Microsoft 365 reenvió o retransmitió un mensaje desde su grupo de servidores de retransmisión (relay pool), y la siguiente pasarela lo rechazó como intento de retransmisión. Microsoft usa ese grupo cuando el mensaje no superó SPF o DKIM al llegar.",
        "Exchange Online lo envía para correo reenviado o retransmitido, sobre todo cuando hay una pasarela de terceros delante o detrás de Microsoft 365.",
        "El administrador de Microsoft 365 debe conseguir que la autenticación se supere a la llegada, por ejemplo con el filtrado mejorado para conectores (Enhanced Filtering for Connectors), y añadir como dominios aceptados los dominios que controla. También ayuda reducir los saltos de reenvío.",
    ],
    // 5.7.501 (microsoft)
    [
        "Acceso denegado, abuso de spam detectado",
        "Microsoft 365 ha vetado la cuenta emisora porque envió spam.",
        "Exchange Online lo envía a sus propios usuarios cuya cuenta se usó para enviar spam, normalmente después de que alguien la comprometiera.",
        "El administrador debe proteger la cuenta y restablecer sus credenciales, y después pedir al soporte de Microsoft que le devuelva la capacidad de enviar.",
    ],
    // 5.7.502 (microsoft)
    [
        "Acceso denegado, remitente vetado",
        "Microsoft 365 ha vetado la cuenta emisora tras detectar spam procedente de ella.",
        "Exchange Online lo envía a cuentas bloqueadas por spam.",
        "El administrador debe resolver los problemas de la cuenta, restablecer sus credenciales y contactar con el soporte de Microsoft para que levante el veto.",
    ],
    // 5.7.503 (microsoft)
    [
        "Acceso denegado, remitente vetado",
        "Microsoft 365 ha vetado la cuenta emisora tras detectar spam procedente de ella.",
        "Exchange Online lo envía a cuentas bloqueadas por spam.",
        "El administrador debe resolver los problemas de la cuenta, restablecer sus credenciales y contactar con el soporte de Microsoft para que levante el veto.",
    ],
    // 5.7.504 (microsoft)
    [
        "Dirección del destinatario rechazada, acceso denegado",
        "La dirección del destinatario no es válida en la organización de Microsoft 365 que recibe el mensaje.",
        "Exchange Online Protection lo envía con el texto `Recipient address rejected: Access denied`.",
        "Revisa la dirección del destinatario y vuelve a enviar el mensaje; si sigue fallando, pide al destinatario la dirección correcta.",
    ],
    // 5.7.505 (microsoft)
    [
        "Acceso denegado, destinatario vetado",
        "Microsoft 365 considera que la dirección del destinatario no es válida y rechaza el correo dirigido a ella.",
        "Exchange Online Protection lo envía para destinatarios que ha vetado.",
        "Revisa la dirección y ponte en contacto con el destinatario por otra vía; si parece un error, el administrador del destinatario puede consultarlo con el soporte de Microsoft.",
    ],
    // 5.7.506 (microsoft)
    [
        "Acceso denegado, HELO incorrecto",
        "El servidor emisor se presentó en `HELO` o `EHLO` con el nombre del servidor al que se conecta en lugar del suyo propio, algo que Microsoft considera propio de un robot de spam.",
        "Exchange Online Protection lo envía al comienzo de una sesión con un cliente mal configurado o malintencionado.",
        "Configura el servidor emisor para que use en `EHLO` su propio nombre de host completo.",
    ],
    // 5.7.507 (microsoft)
    [
        "Acceso denegado, rechazado por el destinatario",
        "La organización del destinatario ha bloqueado la dirección IP de la que procede el mensaje.",
        "Exchange Online Protection lo envía cuando el inquilino receptor ha bloqueado el servidor emisor.",
        "Ponte en contacto con el destinatario por otra vía y pide a su administrador que elimine el bloqueo.",
    ],
    // 5.7.508 (microsoft)
    [
        "Acceso denegado, límites permitidos superados para el rango IPv6",
        "El rango IPv6 del remitente envió demasiados mensajes en muy poco tiempo.",
        "Exchange Online Protection lo envía a remitentes que usan IPv6 y superan su tasa por rango.",
        "Reduce el ritmo de envío desde ese rango y deja que la cola reintente más tarde.",
    ],
    // 5.7.509 (microsoft)
    [
        "Acceso denegado, el dominio emisor no supera DMARC",
        "El dominio de la cabecera `From` no superó DMARC y publica una política de rechazo, así que Microsoft rechazó el mensaje.",
        "Exchange Online y Outlook.com lo envían cuando ni SPF ni DKIM se superan en alineación con el dominio de `From` y su política es `p=reject`; el reenvío puede provocarlo.",
        "El administrador del remitente debe corregir el SPF, la firma DKIM y la alineación del dominio; los informes DMARC y las cabeceras devueltas en el rebote muestran qué comprobación falló.",
    ],
    // 5.7.510 (microsoft)
    [
        "El destinatario no acepta correo a través de IPv6",
        "El mensaje llegó a través de IPv6, pero el dominio del destinatario solo acepta correo a través de IPv4.",
        "Exchange Online Protection lo envía a remitentes IPv6 para dominios que no han habilitado el correo entrante por IPv6.",
        "Envía a ese dominio a través de IPv4, por ejemplo configurando el servidor emisor para que prefiera IPv4 con los hosts MX de ese dominio.",
    ],
    // 5.7.511 (microsoft)
    [
        "Acceso denegado, IP del remitente vetada",
        "Microsoft 365 ha vetado la dirección IP de la que procede el mensaje.",
        "Exchange Online Protection lo envía a servidores que figuran en su lista de bloqueo.",
        "Elimina la causa del veto y después solicita la exclusión a Microsoft por correo electrónico, con el error completo y la dirección IP, o usa el portal de exclusión (delist portal).",
    ],
    // 5.7.512 (microsoft)
    [
        "El mensaje debe cumplir la sección 3.6.2 del RFC 5322",
        "El mensaje no tiene ninguna dirección válida en su campo de cabecera `From`, así que Microsoft 365 lo rechazó.",
        "Exchange Online lo envía para mensajes cuyo campo `From` falta, está vacío o está mal formado, por ejemplo sin corchetes angulares alrededor de la dirección.",
        "Corrige el programa que envía para que cada mensaje tenga un campo `From` con una dirección bien formada.",
    ],
    // 5.7.513 (microsoft)
    [
        "Host del cliente bloqueado por la lista de bloqueo personalizada del destinatario",
        "La organización receptora ha incluido la dirección IP emisora en su propia lista de bloqueo de Microsoft 365; el texto termina en `AS16012607`.",
        "Exchange Online Protection lo envía cuando la IP que se conecta figura en la lista de bloqueo personalizada del inquilino del destinatario.",
        "Solo la organización receptora puede eliminar la entrada. Ponte en contacto directamente con ella y pídele que desbloquee la dirección IP.",
    ],
    // 5.7.515 (outlook_com)
    [
        "El dominio emisor no cumple el nivel de autenticación exigido",
        "Outlook.com rechazó el mensaje porque el dominio de su cabecera `From` no cumple la autenticación que Microsoft exige a los remitentes de gran volumen en sus servicios de correo para consumidores.",
        "Outlook.com, Hotmail, Live.com y MSN lo envían a dominios que les envían 5.000 mensajes o más y que no superan SPF y DKIM o carecen de un registro DMARC que se supere con alineación.",
        "El administrador del remitente debe publicar SPF y DKIM de forma que ambos se superen, publicar un registro DMARC (como mínimo `p=none`) y hacer que SPF o DKIM estén alineados con el dominio de `From`. Después hay que volver a enviar el mensaje.",
    ],
    // 5.7.606 (microsoft)
    [
        "Acceso denegado, IP emisora vetada",
        "Microsoft 365 ha vetado la dirección IP de la que procede el mensaje por su reputación.",
        "Exchange Online Protection lo envía a servidores cuya IP figura en su lista de bloqueo, por ejemplo porque estaban comprometidos o por tráfico malicioso.",
        "Elimina la causa y sigue buenas prácticas de envío; después solicita la exclusión de la dirección IP a través del portal de exclusión de autoservicio de Microsoft.",
    ],
    // 5.7.703 (microsoft)
    [
        "Destinatario bloqueado por la Tenant Allow/Block List",
        "Alguien de la organización envió un mensaje a una dirección o a un dominio que la propia organización bloquea en su Tenant Allow/Block List (lista de permitidos y bloqueados del inquilino), y se detuvo el mensaje entero.",
        "Exchange Online lo envía a remitentes internos; un solo destinatario bloqueado detiene el mensaje para todos los destinatarios.",
        "Quita el destinatario bloqueado y vuelve a enviar el mensaje, o pide al administrador que cambie la entrada de bloqueo.",
    ],
    // 5.7.705 (microsoft)
    [
        "Acceso denegado, el inquilino ha superado el umbral",
        "Microsoft 365 ha bloqueado el correo saliente de toda la organización porque una parte excesiva de su tráfico era spam o correo masivo.",
        "Exchange Online lo envía después de que servidores o cuentas de administrador comprometidos enviaran spam y, en raras ocasiones, tras renovarse tarde una suscripción.",
        "El administrador debe localizar y detener el origen con los informes de flujo de correo y el seguimiento de mensajes, y después explicar la causa al soporte de Microsoft para que levante el bloqueo.",
    ],
    // 5.7.708 (microsoft)
    [
        "Acceso denegado, no se acepta tráfico de esta IP",
        "Microsoft 365 no envía correo desde las direcciones IP de baja reputación que suelen asignarse a los inquilinos nuevos.",
        "Exchange Online lo envía a inquilinos nuevos o de prueba, o a inquilinos cuyo tráfico pareció sospechoso.",
        "El administrador debe resolver cualquier cuenta comprometida o relay abierto y después contactar con el soporte de Microsoft; los inquilinos de prueba pueden pedir una excepción hasta que compren licencias.",
    ],
    // 5.7.750 (microsoft)
    [
        "Cliente bloqueado para enviar desde dominios no registrados",
        "La organización envió muchos mensajes desde dominios que no están añadidos ni verificados en Microsoft 365, y Microsoft los bloqueó.",
        "Exchange Online lo envía cuando el correo procedente de dominios no aprovisionados, a menudo a través de conectores, supera lo que Microsoft tolera.",
        "Añade y verifica cada dominio emisor como dominio aceptado, o usa un conector basado en certificados; revisa también si hay conectores desconocidos creados por atacantes.",
    ],
    // 5.7.800 (microsoft)
    [
        "Acceso denegado, dominio del remitente vetado",
        "Microsoft 365 ha vetado el dominio usado en `EHLO`, `MAIL FROM` o `From` por el spam que se envió con él.",
        "Exchange Online lo envía para mensajes cuyo dominio remitente figura en su lista de vetados.",
        "Detén el spam de ese dominio y después contacta con el soporte de Microsoft para que el dominio vuelva a poder enviar.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Rechazado por una regla de flujo de correo",
        "Una regla de flujo de correo (regla de transporte) del servidor Exchange rechazó el mensaje. Exchange solo usa un código de este rango cuando se asignó uno a la acción de rechazo de la regla; si no, el mismo rechazo llega como `5.7.1`.",
        "Exchange lo envía como rebote cuando un mensaje coincide con una regla de un administrador que lo rechaza, por ejemplo una regla contra ciertos remitentes, palabras o adjuntos.",
        "El remitente no puede cambiar el resultado volviendo a enviar el mensaje. Pregunta al administrador de Exchange del destinatario qué regla rechazó el mensaje; el texto que sigue al código es el que se configuró en la regla.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES descarta el mensaje rechazado de esta forma en lugar de ponerlo en cola, así que es la aplicación que envía la que tiene que reintentarlo, esperando cada vez más antes de cada nuevo intento.",
    // amazon_ses.daily_quota
    "La cuenta ha agotado el número de mensajes que Amazon SES le permite enviar en 24 horas; podrá volver a enviar cuando avance la ventana de 24 horas o cuando se amplíe la cuota en la consola de SES.",
    // amazon_ses.identity_not_verified
    "Amazon SES comprueba las direcciones From, Source, Sender y Return-Path con las identidades verificadas en la misma región de AWS; mientras la cuenta esté en el entorno de pruebas (sandbox), también hay que verificar cada destinatario.",
    // amazon_ses.credentials_invalid
    "Amazon SES espera sus propias credenciales SMTP, que no son las claves de acceso de AWS de la cuenta; crea credenciales SMTP en la consola de SES y usa esas.",
    // amazon_ses.account_not_subscribed
    "La cuenta de AWS a la que pertenecen estas credenciales SMTP no se ha dado de alta en Amazon SES.",
    // amazon_ses.iam_not_authorized
    "El inicio de sesión funcionó, pero la política de IAM o la política de autorización de envío del usuario al que corresponden las credenciales SMTP no permite enviar a través del punto de enlace SMTP de SES.",
    // amazon_ses.sending_paused
    "Amazon SES ha pausado el envío de toda la cuenta de AWS, normalmente tras revisar sus tasas de rebotes o de quejas, y lo ha comunicado por escrito a la dirección de correo de la cuenta de AWS.",
    // amazon_ses.message_too_long
    "La interfaz SMTP de SES rechaza los mensajes que superan el tamaño máximo que Amazon SES documenta para la cuenta; reduce el tamaño de los adjuntos o quítalos.",
    // amazon_ses.timeout_waiting_for_data
    "Pasó demasiado tiempo entre los comandos del cliente, así que el servidor SMTP de SES cerró la conexión.",
    // amazon_ses.temporary_auth_failure
    "El propio Amazon SES tuvo un problema al comprobar las credenciales SMTP; espera un poco y vuelve a intentarlo antes de cambiar nada.",
    // amazon_ses.global_suppression
    "Amazon SES ni siquiera intentó la entrega a la dirección porque figura en la lista de supresión de SES tras varios rebotes permanentes recientes; elimínala de tus listas en lugar de volver a enviar.",
    // apple.spamhaus_dbl
    "En este caso, lo que figura en la lista de bloqueo de dominios de Spamhaus es un dominio incluido en el mensaje, por ejemplo en un enlace, y no la dirección IP emisora.",
    // apple.proofpoint_blocklist
    "Apple rechazó la IP emisora por la lista de bloqueo de Proofpoint; el enlace de la respuesta consulta la dirección en esa lista.",
    // barracuda.blocked_using_barracuda_reputation
    "La dirección IP que nombra un equipo Barracuda puede proceder de un campo de cabecera `Received` y no del servidor que se conecta, así que comprueba a qué dirección se refiere antes de solicitar la exclusión.",
    // barracuda.reputation_lookup_link
    "El enlace lleva a la consulta de Barracuda Central para la dirección IP emisora, donde se puede solicitar la exclusión una vez corregida la causa del spam.",
    // barracuda.ess_permanent_failure_blocked
    "El servicio Barracuda del destinatario rechazó el mensaje por una de sus políticas, como un bloqueo del remitente, un filtro de contenido o una comprobación de reputación. Solo el administrador del destinatario puede ver el motivo en el registro de mensajes de Barracuda.",
    // cisco.poor_reputation
    "La dirección IP emisora tiene una mala puntuación de reputación en SenderBase (Talos), así que la tabla de acceso de hosts del equipo la coloca en su grupo de remitentes bloqueados. El administrador del destinatario puede añadir al remitente a un grupo de remitentes permitidos.",
    // comcast.es000001
    "Comcast no acepta correo enviado directamente desde sus propias direcciones residenciales; sus clientes deben enviar a través de `smtp.comcast.net`, y el bloqueo no se puede levantar.",
    // comcast.es000010
    "Comcast considera que la dirección emisora es dinámica o residencial, normalmente porque su nombre de DNS inverso no sigue el formato de nombres de una dirección estática.",
    // comcast.bl000001
    "La dirección emisora figura en la lista ZEN de Spamhaus; la exclusión se gestiona a través de Spamhaus.",
    // comcast.bl000010
    "La dirección emisora figura en Cloudmark CSI; la exclusión se gestiona a través de Cloudmark.",
    // comcast.bl000011
    "La dirección emisora figura tanto en la lista ZEN de Spamhaus como en Cloudmark CSI.",
    // comcast.bl000100
    "La dirección emisora figura en la lista de bloqueo de SenderScore.",
    // comcast.bl000101
    "La dirección emisora figura tanto en la lista ZEN de Spamhaus como en la lista de bloqueo de SenderScore.",
    // comcast.bl000110
    "La dirección emisora figura en la lista de bloqueo de SenderScore y también en Cloudmark CSI.",
    // comcast.bl006
    "En este código antiguo, Comcast nombra la SBL o la XBL de Spamhaus; la exclusión se gestiona a través de Spamhaus.",
    // comcast.bl007
    "En este código antiguo, Comcast nombra la lista Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast limita el número de conexiones simultáneas desde una misma dirección emisora (25, según su página para postmasters).",
    // comcast.reverse_dns_failure
    "Comcast exige un DNS inverso válido para cada dirección emisora; esta respuesta es temporal porque puede que la consulta solo haya fallado de momento, así que se puede reintentar.",
    // courier.sender_domain_does_not_exist
    "Courier comprobó el dominio de la dirección `MAIL FROM` (con `BOFHCHECKDNS` activado) y descubrió que no existe en el DNS; lo que falló es el dominio del remitente, no el del destinatario.",
    // courier.sender_mx_violates_rfc1035
    "Los registros MX del dominio del remitente apuntan a direcciones IP en lugar de a nombres de host, algo que el DNS no permite. El administrador del remitente debe hacer que apunten a nombres de host.",
    // courier.unicode_to_non_unicode
    "El mensaje o sus direcciones necesitan `SMTPUTF8`, y el servidor receptor no lo ofrece. Envía desde una dirección o a una dirección que solo tenga caracteres ASCII, o pide al administrador del destinatario que active `SMTPUTF8`.",
    // exchange_server.bad_outbound_sender
    "En Exchange Server, esto suele significar que el remitente superó un límite de frecuencia de mensajes, por ejemplo una aplicación que retransmite muchos mensajes a través de Exchange. El administrador puede aumentar el límite en el conector de recepción o configurar un conector de retransmisión para la aplicación.",
    // exchange_server.single_label_domain
    "La dirección del destinatario tiene un dominio sin punto (como `contoso` en lugar de `contoso.com`), que los conectores de recepción de Exchange rechazan de forma predeterminada.",
    // exchange_server.too_many_related_errors
    "Exchange consideró que el mensaje estaba mal formado y lo trasladó a la cola de mensajes dudosos (poison message queue), donde un administrador puede examinarlo.",
    // exchange_server.abp_routing
    "Está en uso el agente de enrutamiento de directivas de libreta de direcciones (Address Book Policy), y el destinatario no figura en la lista de direcciones de la directiva del remitente, así que no pueden enviarse correo entre sí.",
    // exchange_server.unrecognized_command_internal
    "Entre servidores Exchange, esto apunta a un conector de recepción para correo interno al que le falta el método de autenticación Exchange Server; el administrador debe corregir la configuración de autenticación del conector.",
    // exchange_server.system_incorrectly_configured
    "Exchange notifica así un bucle de correo, normalmente cuando el FQDN configurado en un conector de recepción es el mismo que el de otro servidor o dispositivo del flujo de correo.",
    // exchange_server.exchange_authentication
    "Un cortafuegos u otro dispositivo situado entre los servidores Exchange bloquea el comando `X-EXPS` que necesita la autenticación Exchange Server, o bien el correo interno pasa por un conector que no está configurado para ella.",
    // exim.retry_time_not_reached
    "Exim no intentó contactar esta vez con los hosts porque los intentos anteriores fallaron y aún no ha llegado su hora de reintento; conserva el mensaje y vuelve a intentarlo más tarde. El primer fallo figura en el log de Exim.",
    // exim.lines_too_long_for_transport
    "El mensaje tiene una línea más larga que el `message_linelength_limit` del transporte SMTP (998 caracteres de forma predeterminada), así que Exim no lo envía tal cual. El programa que envía debe partir las líneas largas o usar una codificación de transferencia como quoted-printable o base64.",
    // exim.host_lookup_did_not_complete
    "La consulta DNS del dominio del destinatario agotó el tiempo de espera o falló de momento; Exim aplaza el mensaje y lo reintenta.",
    // exim.mx_no_smtp_service
    "El dominio publica un registro MX que apunta a `.` (un MX nulo), lo que indica que no acepta ningún correo.",
    // fastmail.relay_access_denied
    "Si viene de Fastmail, esto suele significar que el programa de correo no inicia sesión en el servidor saliente de Fastmail; activa la autenticación SMTP en su configuración.",
    // fastmail.content_rejected
    "Fastmail usa esta respuesta para un mensaje que probablemente lleva un virus o que ya se había denunciado antes como spam; un adjunto marcado por error como virus puede pasar si se envía dentro de un archivo zip.",
    // fastmail.access_denied
    "Fastmail ha bloqueado al remitente o al destinatario, por ejemplo tras denuncias de spam o por decisión de sus sistemas contra el abuso; también puede deberse a un programa de correo mal configurado, y el resto del texto del rebote da más detalles.",
    // fastmail.address_locked
    "La cuenta de Fastmail a la que corresponde la dirección está bloqueada o desactivada, así que no recibe correo hasta que su titular lo resuelva con el soporte de Fastmail.",
    // free.spam_detected
    "Si no enviaste el mensaje rechazado, puede que alguien haya falsificado tu dirección y que Free haya rechazado su spam.",
    // free.ip_blocked
    "Free bloquea una dirección durante un máximo de 24 horas según el spam o los errores que haya enviado, y luego levanta el bloqueo por sí solo; tras una corrección, puede volver a incluir la dirección en su lista durante un periodo de entre 24 y 48 horas.",
    // gmx.ip_block_listed
    "La última línea de la respuesta enlaza con una página de postmaster de GMX dedicada a este caso, que explica la inclusión en la lista y ofrece una forma de contactar con GMX.",
    // gmx.too_many_messages
    "Vuelve a intentarlo dentro de unas horas y envía más despacio; si eso no basta, contacta con el equipo de postmaster de WEB.DE.",
    // gmx.spf_policy
    "Los servidores de reenvío que conservan el `MAIL FROM` original no superan esta comprobación; WEB.DE les recomienda usar SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "GMX y WEB.DE también usan este texto para un buzón que se desactivó tras pasar mucho tiempo sin usarse.",
    // gmx.policy_ip_based
    "Cuando una parte importante del correo de una dirección IP se clasifica como spam, WEB.DE rechaza durante un tiempo todo el correo de esa dirección.",
    // gmx.policy_domain_based
    "WEB.DE tiene identificado el dominio del remitente como fuente de spam.",
    // gmx.policy_header_based
    "La información de las cabeceras del mensaje no cumple los estándares ni la política de correo de WEB.DE, o no resulta verosímil.",
    // gmx.syntax_error_configuration
    "GMX y WEB.DE usan este texto cuando la configuración del servidor emisor incumple sus normas; su administrador debe corregir la configuración y después pedir a GMX o a WEB.DE que levanten el bloqueo.",
    // gmx.ionos_policy_violations
    "IONOS bloquea las direcciones IP emisoras con una tasa de entrega baja, sobre todo por enviar correo a muchas direcciones que no existen, y retrasa los servidores cuyo nombre `HELO` cambia constantemente. Depura la lista de direcciones y usa un único nombre `HELO` fijo.",
    // godaddy.ib401_auth_on_inbound
    "Los servidores de entrada de GoDaddy no aceptan inicios de sesión; el programa de correo tiene configurado un servidor saliente equivocado y debe usar `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy rechazó el mensaje porque su campo From está vacío.",
    // godaddy.ib502_ip_as_from
    "GoDaddy rechaza los mensajes cuya dirección From usa una dirección IP en lugar de un dominio.",
    // godaddy.ib506_from_domain_invalid
    "El dominio de la dirección From no tiene registros MX ni de dirección utilizables, o su consulta DNS falló; corrige la zona DNS del dominio antes de volver a enviar.",
    // godaddy.ib508_invalid_spf
    "El registro SPF del dominio del remitente no autoriza al servidor que envió el mensaje; añade ese servidor al registro SPF.",
    // godaddy.ib212_spam_content
    "Un enlace, un adjunto o un patrón del mensaje coincidió con los filtros de spam de GoDaddy.",
    // godaddy.ib007_too_many_sessions
    "La dirección IP emisora tiene demasiadas sesiones SMTP abiertas a la vez con GoDaddy.",
    // godaddy.ib101_server_busy
    "La cola de correo de GoDaddy está procesando más correo de lo habitual; inténtalo de nuevo más tarde.",
    // godaddy.ib110_spam_block_hour
    "La dirección IP emisora envió demasiados mensajes que GoDaddy consideró spam y queda bloqueada durante una hora.",
    // godaddy.ib111_spam_block_day
    "La dirección IP emisora envió demasiados mensajes que GoDaddy consideró spam y queda bloqueada durante el resto del día.",
    // godaddy.ib112_invalid_recipients_hour
    "La dirección IP emisora intentó enviar a demasiadas direcciones que no existen y queda bloqueada durante una hora.",
    // godaddy.ib113_invalid_recipients_day
    "La dirección IP emisora intentó enviar a demasiadas direcciones que no existen y queda bloqueada durante el resto del día.",
    // godaddy.ib510_messages_per_session
    "La sesión alcanzó el número máximo de mensajes que permite GoDaddy; abre una nueva conexión para el resto.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy rechazó la conexión porque la dirección IP emisora tiene mala reputación en Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "La dirección IP emisora figura en la Spamhaus Block List (SBL); la exclusión se solicita a Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "La dirección IP emisora figura en la Spamhaus Exploits Block List (XBL); la exclusión se solicita a Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "La dirección IP emisora figura en la Spamhaus Policy Block List (PBL); la exclusión se solicita a Spamhaus.",
    // godaddy.rbl_reject
    "La lista de bloqueo propia de GoDaddy incluye la dirección IP emisora; usa el enlace del rebote para pedir a GoDaddy que la retire.",
    // godaddy.account_disabled
    "Según GoDaddy, estas cuentas suelen quedar desactivadas de forma definitiva.",
    // google.dmarc_policy_rejection
    "Gmail nombra el dominio de `From` cuya política DMARC rechazó el mensaje; es a su administrador a quien hay que dirigirse.",
    // google.spf_hard_fail
    "El dominio del remitente del sobre publica un registro SPF que termina en `-all` y la IP emisora no figura en él, así que Gmail rechaza el mensaje directamente.",
    // google.spf_or_dkim_required
    "Gmail exige a todos los remitentes, no solo a los masivos, que superen al menos SPF o DKIM; la respuesta indica el resultado de cada comprobación.",
    // google.spf_suspicious_entries
    "Gmail pone reparos al propio registro SPF, así que el administrador del dominio tiene que revisarlo y depurarlo.",
    // google.spf_did_not_pass
    "Gmail usa `7.27` para indicar que el mensaje no superó SPF, no con el significado que tiene en el registro de IANA (un dominio remitente con un MX nulo).",
    // google.dkim_did_not_pass
    "Gmail usa `7.30` para indicar que el mensaje no superó DKIM, no con el significado que tiene en el registro de IANA (se exige compatibilidad con `REQUIRETLS`).",
    // google.unauthenticated
    "Gmail envía `7.26` cuando no se superó ni SPF ni DKIM; si en cambio el texto nombra una política DMARC, se aplica la regla de DMARC.",
    // google.not_sent_over_tls
    "Gmail usa `7.29` para indicar que el mensaje no llegó a través de una conexión cifrada, no con el significado que tiene en el registro de IANA (un fallo de validación ARC). El servidor emisor tiene que usar `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "El administrador de Google Workspace del destinatario exige la entrega cifrada para el dominio, así que el servidor emisor debe usar `STARTTLS`.",
    // google.ipv6_guidelines
    "A través de IPv6, Gmail exige tanto un registro PTR coincidente para la dirección emisora como que se supere la comprobación SPF o DKIM.",
    // google.ptr_rate_limited
    "Gmail usa `4.7.23` para una IP emisora sin registro PTR, o cuyo nombre no se resuelve de vuelta a ella, no con el significado que tiene en el registro de IANA (un fallo de SPF).",
    // google.same_message_id_quota
    "Gmail limita cuántas copias con un mismo `Message-ID` acepta; cada mensaje enviado debe llevar su propio `Message-ID`.",
    // google.unsolicited_rate_limited
    "Gmail usa `4.7.28` cuando el correo que procede de tu IP, de tu rango de IP o de tu dominio DKIM o SPF, o que contiene alguno de tus dominios de enlaces, parece no solicitado en una proporción inusual, y lo aplaza durante un tiempo.",
    // google.ip_not_in_whitelist
    "El dominio de Google Workspace del destinatario solo acepta correo de las direcciones IP que su administrador ha permitido.",
    // google.not_authorized_to_send_directly
    "Gmail no acepta correo directamente de esta dirección IP emisora; envía en su lugar a través del relay de tu proveedor.",
    // google.receiving_too_quickly
    "Gmail usa `4.2.1` para un destinatario que recibe correo más deprisa de lo que acepta, o para un cliente de Workspace que supera su tasa máxima de retransmisión, no para un buzón desactivado.",
    // google.daily_relay_limit
    "El límite se aplica por usuario o por cliente de Workspace en `smtp-relay.gmail.com`; el administrador de Workspace encuentra los límites en la configuración del relay SMTP.",
    // google.daily_quota_code
    "Gmail usa `5.4.5` para una cuenta o un relay que ha alcanzado su límite diario de envío, no para un sistema de correo congestionado.",
    // google.inbox_out_of_storage
    "El almacenamiento de Gmail se comparte con Google Drive y Google Photos, así que el destinatario puede liberar espacio en cualquiera de ellos.",
    // google.custom_domain_policy
    "`gcdp` significa que rechazó el mensaje una regla escrita por un administrador de Google Workspace, no los filtros propios de Gmail; solo ese administrador puede explicar el motivo o cambiar la regla.",
    // google.web_login_required
    "Gmail usa `5.7.14` cuando el titular de la cuenta tiene que iniciar sesión en un navegador web antes de que el programa de correo pueda conectarse con su cuenta, no con el significado que tiene en el registro de IANA (falta una relación de confianza).",
    // google.mail_relay_denied
    "Para `smtp-relay.gmail.com`, el administrador de Workspace debe registrar la dirección IP del dispositivo emisor en la configuración del relay SMTP o hacer que el dispositivo inicie sesión con `AUTH`.",
    // google.invalid_credentials_for_relay
    "La IP registrada no pertenece al dominio del que procede el mensaje; el servidor emisor debe iniciar sesión con `AUTH` o indicar uno de los dominios de Workspace en `HELO` o `EHLO`.",
    // google.mail_sending_denied
    "La cuenta emisora está suspendida o no es un usuario del dominio de Google Workspace al que pertenece la configuración del relay.",
    // haraka.early_talker
    "El plugin early_talker de Haraka espera un momento antes de dar sus respuestas y descarta a los clientes que envían datos antes de que haya respondido. Un cliente que cumple el estándar espera cada respuesta antes de enviar el siguiente comando.",
    // haraka.no_mx_for_from
    "El dominio de la dirección `MAIL FROM` no tiene ningún registro MX que lleve a una dirección utilizable, así que las respuestas y los rebotes no podrían llegarle. El administrador del remitente debe publicar registros MX que funcionen.",
    // haraka.ssl_on_plain_socket
    "El cliente inició una negociación TLS en un puerto que espera SMTP sin cifrar. Usa `STARTTLS` en este puerto, o conéctate al puerto de TLS implícito (normalmente el `465`).",
    // haraka.spoofed_mail_from
    "La dirección `MAIL FROM` usa un dominio para el que este servidor Haraka reenvía correo, pero el cliente no tiene permiso para retransmitir (por ejemplo, porque no inició sesión). Los remitentes de ese dominio deben enviar a través de su propio servidor con `AUTH`.",
    // haraka.split_transaction
    "El dominio del destinatario va a un siguiente salto distinto del de los destinatarios ya aceptados; el cliente debe entregar el mensaje a esos destinatarios y enviar a este en una nueva transacción.",
    // haraka.credential_leak
    "El cuerpo del mensaje contiene el nombre de usuario y la contraseña con los que inició sesión el remitente, así que Haraka se negó a enviarlo. Quita las credenciales del mensaje antes de enviarlo.",
    // mail_ru.spam_message_rejected
    "La respuesta enlaza con la página de ayuda antispam de Mail.ru e incluye un código de error y un ID; cítalos al pedir a Mail.ru que revise un mensaje legítimo.",
    // mail_ru.dmarc_policy
    "Una causa habitual es un sitio web o un script que envía a través de su propio servidor con una dirección de Mail.ru en `From`; envía en su lugar desde una dirección de tu propio dominio.",
    // mail_ru.dynamic_ips
    "Mail.ru rechaza el correo enviado directamente desde direcciones que clasifica como dinámicas, como las de las conexiones domésticas; envía a través de un servidor de correo con una dirección fija y un DNS inverso correcto, o a través de tu proveedor.",
    // mail_ru.sending_disabled
    "Mail.ru ha bloqueado el envío desde esta cuenta, normalmente porque sospecha que la contraseña fue robada y usada para enviar spam. Cambia o recupera la contraseña y confirma que eres el titular del buzón para poder volver a enviar.",
    // mailgun.previously_bounced
    "Mailgun no intentó la entrega a la dirección porque figura en la lista de supresión de rebotes del dominio emisor tras un rebote permanente anterior; elimina la supresión solo si se sabe que la dirección vuelve a funcionar.",
    // mailgun.unsubscribed
    "El destinatario se dio de baja, así que Mailgun suprime la dirección; quítala de la lista Suppressions solo si el destinatario vuelve a dar su consentimiento.",
    // mailgun.marked_as_spam
    "El destinatario marcó como spam correo anterior, así que Mailgun suprime la dirección; quítala de la lista Suppressions solo si el destinatario vuelve a dar su consentimiento.",
    // mailgun.sandbox_domain
    "Un dominio de pruebas (sandbox) de Mailgun solo envía a destinatarios autorizados (Authorized Recipients) que hayan aceptado la invitación; añade tu propio dominio, o añade la dirección como destinatario autorizado.",
    // mailgun.free_account
    "Una cuenta gratuita de Mailgun solo puede enviar a destinatarios autorizados (Authorized Recipients); pasa la cuenta a un plan superior o añade la dirección como destinatario autorizado.",
    // mailgun.domain_unverified
    "Mailgun no envía para un dominio hasta que se verifican sus registros DNS; publica los registros que muestra el panel de control de Mailgun y vuelve a verificar el dominio.",
    // mailgun.domain_limit_exceeded
    "El dominio emisor superó un límite de Mailgun de peticiones, de bytes o de destinatarios; la respuesta indica a partir de qué hora puede volver a enviar.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online usa `5.1.10` para un destinatario que su búsqueda de direcciones no encontró, no para un MX nulo como hace el registro de IANA.",
    // microsoft.dbeb_recipient_rejected
    "Se trata del bloqueo perimetral basado en directorio (Directory Based Edge Blocking): Exchange Online Protection rechaza a los destinatarios que no están en el directorio de la organización receptora.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft señala como causas habituales un registro MX que apunta al servidor equivocado, un dominio que falta en los dominios aceptados o cambios de DNS que todavía se están propagando.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online reutiliza `5.2.2` para un remitente que supera su límite de mensajes o de destinatarios, no para un buzón lleno; puede ser señal de una cuenta comprometida.",
    // microsoft.recipient_thread_limit_4_3_2
    "El buzón del destinatario está recibiendo demasiados mensajes a la vez y Exchange lo limita a propósito; los reintentos pasan más tarde.",
    // microsoft.queue_expired
    "Exchange Online reintenta durante 24 horas antes de enviar este rebote; los aplazamientos anteriores muestran la causa real.",
    // microsoft.ambiguous_recipient
    "Varios objetos del directorio comparten la dirección del destinatario, a menudo después de una migración o de una sincronización híbrida; el administrador del destinatario debe eliminar la dirección duplicada.",
    // microsoft.sender_denied_5_1_0
    "Pese a lo que dice el texto, Exchange Online quiere decir que no se pudo resolver el destinatario, a menudo al responder a un mensaje guardado como archivo; revisa la dirección del destinatario.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 ha bloqueado la cuenta emisora por spam, normalmente porque estaba comprometida; el administrador debe protegerla antes de que pueda volver a enviar.",
    // microsoft.delivery_not_authorized
    "Normalmente se trata de un grupo que solo acepta correo de sus miembros o de los remitentes de una lista, o de una regla de flujo de correo de la organización del destinatario.",
    // microsoft.blocklist_1
    "Es la lista de bloqueo propia de Microsoft; Microsoft pide a los remitentes incluidos en ella que usen su portal de exclusión o que reenvíen el rebote a su dirección para solicitar la exclusión.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online usa `5.7.12` para un destinatario que rechaza el correo de fuera de su organización, no para una transición de contraseña como hace el registro de IANA.",
    // microsoft.public_folder_5_7_13
    "Exchange Online usa `5.7.13` para una carpeta pública que rechaza a los remitentes externos, no para una cuenta desactivada como hace el registro de IANA.",
    // microsoft.mta_sts_certificate
    "El certificado del destino debe encadenarse a una raíz de confianza y nombrar el host que figura en la política MTA-STS del dominio.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 solo acepta correo anónimo a través de IPv6 si se supera SPF o DKIM.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 exige un registro PTR para cada dirección IPv6 desde la que se le envía correo.",
    // microsoft.customer_block_list
    "Fue la propia organización receptora la que bloqueó la dirección IP, así que solo ella puede eliminar la entrada.",
    // microsoft.as345_nested_attachments
    "Microsoft relaciona este rechazo con adjuntos anidados, como un mensaje adjunto que a su vez lleva adjuntos.",
    // microsoft.x_dg_ref_header
    "Microsoft relaciona este rechazo con los mensajes en formato de texto enriquecido (Rich Text); enviarlos como HTML o como texto sin formato lo evita.",
    // mimecast.spf_sender_invalid
    "Mimecast rechaza el mensaje porque la dirección IP que se conecta no figura en el registro `SPF` del dominio emisor. El administrador del remitente debe añadir todos los servidores de envío al `SPF`; como alternativa, el administrador de Mimecast del destinatario puede relajar el ajuste `SPF` de entrada de su política DNS Authentication.",
    // mimecast.dkim_sender_invalid
    "La firma `DKIM` saliente de Mimecast no coincide con la clave publicada en el DNS. Comprueba que la clave pública del DNS y la clave privada, el dominio y el selector de la política DNS Authentication se corresponden entre sí.",
    // mimecast.internal_resources_unavailable
    "Mimecast usa esta respuesta para las listas grises, que un servidor normal supera reintentando, pero también para una dirección IP emisora con mala reputación. El administrador del destinatario puede eximir al remitente con una política Auto Allow o Permitted Senders.",
    // mimecast.local_ct_ip_reputation
    "Las comprobaciones continuas de reputación de Mimecast rechazaron la dirección IP emisora, a menudo tras varios rechazos temporales. El administrador del destinatario puede dejar pasar al remitente con una política Auto Allow o Permitted Senders, y Mimecast ofrece un formulario para solicitar una revisión del rango de IP.",
    // mimecast.sender_address_blocked
    "Una política Blocked Senders de la cuenta de Mimecast del destinatario coincidió con el remitente; solo el administrador de esa cuenta puede eliminar la entrada.",
    // mimecast.account_service_unavailable
    "La cuenta de Mimecast tiene demasiadas conexiones entrantes abiertas a la vez (20 de forma predeterminada). Vuelve a intentarlo más tarde, y no envíes a Mimecast correo saliente ni de registro en diario desde una dirección IP que no esté autorizada para ello.",
    // mimecast.maximum_email_size_exceeded
    "El mensaje supera el límite de una política Email Size Limit o el límite propio de Mimecast. La codificación hace que un mensaje ocupe bastante más que sus adjuntos, así que deja un margen amplio.",
    // mimecast.mail_loop_detected
    "Mimecast rechaza un mensaje cuando ya ha pasado por 25 saltos. Busca reglas de reenvío entre las direcciones implicadas.",
    // mimecast.open_relay_not_allowed
    "Ni el dominio del remitente ni el del destinatario pertenecen a una cuenta de Mimecast, o la dirección IP que se conecta no es una dirección de salida autorizada. Un cliente de Mimecast debe pedir al soporte de Mimecast que añada la dirección de salida autorizada.",
    // mimecast.account_inbounds_disabled
    "El correo entrante está desactivado para toda la cuenta de Mimecast de la organización del destinatario. Su administrador debe pedir al soporte de Mimecast que vuelva a permitir el tráfico entrante.",
    // mimecast.account_outbounds_disabled
    "El correo saliente está desactivado para la cuenta de Mimecast de la organización emisora. Su administrador debe pedir al soporte de Mimecast que vuelva a permitir el tráfico saliente.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "Una política Anti-Spoofing detuvo un mensaje llegado del exterior que dice proceder de una dirección del propio dominio del destinatario. Un servicio de envío legítimo necesita una política Anti-Spoofing que no aplique ninguna acción a su dirección o a su dirección IP.",
    // mimecast.header_based_anti_spoofing
    "Una política Anti-Spoofing detuvo un mensaje llegado del exterior que dice proceder de una dirección del propio dominio del destinatario. Un servicio de envío legítimo necesita una política Anti-Spoofing que no aplique ninguna acción a su dirección o a su dirección IP.",
    // mimecast.content_examination_policy
    "Una política Content Examination de la cuenta del destinatario coincidió con el mensaje. Ese administrador puede ajustar la política o añadir una política Content Examination Bypass.",
    // mimecast.host_network_not_allowed
    "Una política Geographical Restriction rechaza el correo de la red o del país del servidor emisor; solo el administrador del destinatario puede cambiarla.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast envía esta respuesta cuando la dirección o el dominio del remitente coinciden con una política Blocked Senders, o cuando el resultado de `SPF` es un fallo estricto. El administrador del destinatario puede cambiar la política para excluir al remitente.",
    // mimecast.envelope_blocked_user_entry
    "El destinatario ha bloqueado la dirección del remitente en su lista personal Managed Senders. El destinatario o su administrador debe eliminar la entrada.",
    // mimecast.envelope_blocked_user_domain_entry
    "El destinatario ha bloqueado el dominio del remitente en su lista personal Managed Senders. El destinatario o su administrador debe eliminar la entrada.",
    // mimecast.manually_blocked_senders
    "El remitente figura en una lista de bloqueo personal del destinatario. El destinatario o su administrador debe eliminar la entrada de Managed Senders.",
    // mimecast.blocked_senders_header_from
    "Una política Blocked Senders coincidió con la dirección de la cabecera `From`. Solo el administrador del destinatario puede cambiar o eliminar la política.",
    // mimecast.blocked_senders_envelope_from
    "Una política Blocked Senders coincidió con el remitente del sobre (`MAIL FROM`). Solo el administrador del destinatario puede cambiar o eliminar la política.",
    // mimecast.incorrect_authentication_data
    "El envío a Mimecast por el puerto `587` requiere la dirección de un usuario interno y su contraseña en la nube de Mimecast.",
    // mimecast.route_requires_tls
    "Una política Secure Receipt o Secure Delivery exige `TLS`. Activa `STARTTLS` y certificados válidos en el servidor emisor, y comprueba que ningún cortafuegos ni proxy manipula el cifrado.",
    // mimecast.route_requires_tls12
    "El servidor emisor ofreció una versión de `TLS` anterior a la 1.2, que una política Secure Receipt o Secure Delivery rechaza.",
    // mimecast.route_requires_high_strength_ciphers
    "Los algoritmos de cifrado que ofreció el servidor emisor son más débiles de lo que permite una política Secure Receipt o Secure Delivery.",
    // mimecast.unable_to_process_connection
    "El servidor de Mimecast está al máximo de su carga; al servidor emisor le basta con reintentar.",
    // mimecast.message_ended_early
    "El mensaje no terminó correctamente, a menudo porque una función de un cortafuegos, como SMTP fixup o MailGuard de Cisco, modificó la sesión. Desactiva ese tipo de inspección SMTP en el lado emisor.",
    // mimecast.too_many_recipients
    "Mimecast acepta como máximo 100 destinatarios por mensaje y pide el resto en otra transacción. Hay que desactivar las funciones de inspección SMTP de los cortafuegos que no transmiten esta respuesta.",
    // mimecast.outbound_thread_limit
    "La cuenta tiene demasiadas conexiones salientes a la vez; envía en lotes más pequeños.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast encontró una firma de virus o una puntuación de spam por encima de su límite. Las comprobaciones de spam pueden omitirse con una política Permitted Senders o Auto Allow del destinatario, las de virus no; Mimecast también ofrece un formulario Sender Feedback.",
    // naver.no_such_user
    "La respuesta enlaza con la página de ayuda de Naver sobre el correo devuelto; la parte de la dirección anterior a `@naver.com` no existe.",
    // opensmtpd.no_mx_found
    "OpenSMTPD no encontró ningún registro MX ni de dirección utilizable para el dominio del destinatario. Lo trata como temporal y sigue reintentando hasta que el mensaje caduca, así que revisa si el dominio tiene errores tipográficos antes de esperar.",
    // opensmtpd.domain_does_not_accept_mail
    "El dominio del destinatario publica un MX nulo, un registro que indica que no recibe ningún correo.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD usa este texto con `X.2.4` para cualquier fallo al expandir el destinatario a través de alias o de un archivo `~/.forward`, no solo para listas de correo. El administrador del servidor debe revisar esos archivos y el log del servidor.",
    // orange.abusix_listed
    "El código 100 significa que la dirección emisora figura en Abusix; compruébala en lookup.abusix.com.",
    // orange.spamhaus_listed
    "El código 101 significa que la dirección emisora figura en Spamhaus; compruébala en check.spamhaus.org.",
    // orange.cloudmark_listed
    "El código 102 significa que la dirección emisora figura en Cloudmark; solicita un restablecimiento en csi.cloudmark.com.",
    // orange.orange_blocklist
    "El código 103 significa que la propia Orange ha bloqueado la dirección emisora; usa el formulario de contacto de Orange y elige la opción de problema de entregabilidad.",
    // orange.too_many_connections
    "Orange recomienda como máximo 2 conexiones simultáneas por dirección emisora.",
    // orange.missing_ptr
    "Orange exige para la dirección emisora un registro PTR cuyo nombre de host se resuelva de vuelta a esa misma dirección.",
    // orange.too_many_messages_per_connection
    "Orange recomienda como máximo 100 mensajes por conexión.",
    // orange.invalid_helo
    "Orange exige en `HELO`/`EHLO` un nombre de host completo que se resuelva en el DNS.",
    // orange.sender_domain_dns
    "Orange no encontró registros A o MX válidos para el dominio de `MAIL FROM`; tras un cambio de DNS, espera a que caduquen los registros guardados en caché.",
    // orange.sender_domain_listed
    "El código 425 significa que lo que figura en Abusix o en Spamhaus es el nombre de dominio del remitente, no la dirección.",
    // orange.suspected_spam
    "Si se trata de un falso positivo, Orange pide a los remitentes que usen su formulario de contacto y elijan la opción de problema de entregabilidad.",
    // orange.ofr_999
    "Orange limita el ritmo de envío de un remitente con el código 999 tras un comportamiento inadecuado; revisa lo que se está enviando antes de reanudar el envío a un ritmo más bajo.",
    // outlook_com.required_authentication_level
    "Microsoft aplica esta exigencia a los dominios que envían 5.000 mensajes o más a sus servicios para consumidores, y espera que se superen SPF, DKIM y DMARC con alineación.",
    // outlook_com.block_list_s3140
    "La exclusión de esta lista de bloqueo de Outlook.com se solicita mediante el formulario de soporte para remitentes de Microsoft destinado al correo de consumo, no a través del portal de exclusión de Microsoft 365.",
    // outlook_com.block_list_s3150
    "La exclusión de esta lista de bloqueo de Outlook.com se solicita mediante el formulario de soporte para remitentes de Microsoft destinado al correo de consumo, no a través del portal de exclusión de Microsoft 365.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com aplaza el correo de esta IP por su reputación y dirige al remitente a `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft envía `5.5.0` con estas palabras cuando no se encontró una dirección `@hotmail.com` o `@outlook.com`; significa lo mismo que `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com rechaza el correo cuyo dominio de `From` no supera DMARC y publica `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "En OVHcloud, esto también puede significar que el envío está bloqueado en la cuenta por sospecha de spam; comprueba el estado de la cuenta en el OVHcloud Control Panel, donde se desbloquea cambiando la contraseña o abriendo un ticket de soporte.",
    // ovh.bad_sequence_means_no_auth
    "Según OVHcloud, esta respuesta de sus servidores suele significar que el programa de correo no se autenticó en el servidor SMTP.",
    // ovh.unrecognised_address_arguments
    "El servidor saliente de OVHcloud no pudo usar la dirección From o To indicada; OVHcloud también remite a sus límites de envío de 200 mensajes por hora por cuenta y 300 por hora por dirección IP.",
    // ovh.missing_spf_dkim
    "OVHcloud recomienda publicar un registro SPF para el dominio emisor y, si la oferta de correo lo incluye, activar DKIM.",
    // ovh.queue_too_long
    "OVH conserva un mensaje en su cola de salida durante 24 horas; si en ese tiempo no se puede contactar con el servidor del destinatario, el mensaje se devuelve con este texto.",
    // postfix.helo_host_not_found
    "Postfix envía esta respuesta por `reject_unknown_helo_hostname`: el nombre que el cliente dio en `HELO` o `EHLO` no tiene ningún registro de dirección ni MX. El administrador del servidor emisor debe hacer que anuncie un nombre que se resuelva en el DNS.",
    // postfix.helo_not_fqdn
    "Postfix envía esta respuesta por `reject_non_fqdn_helo_hostname`: el cliente anunció en `HELO` o `EHLO` un nombre suelto, sin dominio. Hay que configurar el servidor emisor para que anuncie su nombre de host completo.",
    // postfix.multi_recipient_bounce
    "Postfix rechaza un mensaje con remitente vacío (un rebote) que tiene más de un destinatario cuando está activado `reject_multi_recipient_bounce`, porque los rebotes reales solo van a una dirección.",
    // postfix.insufficient_system_storage
    "Postfix responde `452 4.3.1` cuando el sistema de archivos de la cola tiene menos espacio libre que `queue_minfree` o no tiene sitio para un mensaje del tamaño máximo permitido; el servidor emisor lo reintenta más tarde.",
    // postfix.undeliverable_address
    "Postfix comprobó el destinatario con `reject_unverified_recipient` sondeando el siguiente servidor, y la sonda falló; la respuesta de ese servidor aparece tras las palabras `undeliverable address`.",
    // postfix.dns_try_again
    "Un fallo temporal de DNS: los servidores de nombres del dominio no respondieron a tiempo o devolvieron un error de servidor. Postfix conserva el mensaje y lo reintenta; si persiste, revisa los servidores DNS del dominio.",
    // postfix.mailbox_file_too_large
    "El archivo del buzón local alcanzó el `mailbox_size_limit` de Postfix (unos 50 MB de forma predeterminada). Vacía o archiva el buzón, o aumenta el límite en `main.cf`.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` o `postscreen`) corta la conexión cuando el cliente envía algo que no es un comando SMTP, como una línea de cabecera de un mensaje, normalmente porque el cliente empezó a enviar el mensaje sin `DATA`.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation ha bloqueado la dirección IP emisora porque desde ella se envió spam. El bloqueo termina un tiempo después de que cese el spam; para pedir una revisión antes, usa el formulario enlazado en la respuesta e indica quién era el destinatario y qué tipo de correo se bloqueó.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "Es la forma antigua del bloqueo de Proofpoint Dynamic Reputation; los servidores de correo de iCloud de Apple también la envían.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation retrasa o bloquea las direcciones IP que envían spam. Un retraso desaparece solo en cuestión de minutos; un bloqueo se mantiene hasta que cesa el spam o se acepta una solicitud de revisión.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials tiene al destinatario en la lista de direcciones no válidas de su función SMTP Discovery. Si el buzón existe, el administrador del destinatario debe quitar la dirección de esa lista.",
    // qmail.chkuser_security_policies
    "El parche chkuser envía esta respuesta cuando una sesión ha indicado más destinatarios desconocidos o mal formados de los que permite su límite, y a partir de ahí rechaza todos los destinatarios siguientes, incluso con un código como `#5.1.1`. Elimina las direcciones no válidas de la lista y envía en una sesión nueva.",
    // qmail.best_preference_mx
    "Este servidor qmail es el MX preferente del dominio, pero no incluye el dominio en `control/locals`, así que, si transmitiera el mensaje, este volvería a él mismo en un bucle. Su administrador debe configurar el dominio como local o corregir los registros MX.",
    // qmail.dns_temporary
    "Es el texto de qmail-remote para un fallo temporal de DNS (`#4.1.2`), a diferencia de «couldn't find any host named», que es permanente; el mensaje sigue en la cola y se reintenta.",
    // qmail.from_and_auth_not_same
    "El qmail-smtpd con parche exige que la dirección `MAIL FROM` sea la de la cuenta que inició sesión con `AUTH`. En el programa de correo, pon como dirección del remitente la misma con la que inicias sesión.",
    // qq.ip_frequency_limited
    "QQ Mail limita cuánto correo puede entregar una dirección IP emisora por minuto, por hora y por día, y bloquea la dirección durante unos minutos, unas horas o el resto del día cuando se supera un límite. Los límites no se publican, así que haz una pausa y después envía más despacio.",
    // qq.sender_frequency_limited
    "Aquí el límite se aplica a la dirección concreta del remitente; QQ Mail no publica las cifras, y la espera depende de si se superó el límite por minuto, por hora o por día.",
    // qq.recipient_flooded
    "Pese a lo que dice el texto, la dirección existe: el destinatario ha recibido mucho correo en poco tiempo, y QQ Mail rechaza más durante un tiempo para proteger el buzón. Vuelve a intentarlo más tarde.",
    // qq.mail_content_denied
    "QQ Mail rechaza el contenido que parece correo masivo y que muchos de sus usuarios han denunciado como spam.",
    // qq.suspected_spam_sender
    "QQ Mail ha detectado mucho spam procedente del dominio del remitente o del operador del servidor emisor, y rechaza su correo.",
    // qq.rejected_by_recipients
    "El destinatario ha incluido al remitente en una lista de bloqueo personal o ha creado un filtro que rechaza este correo; solo el destinatario puede cambiarlo.",
    // rackspace.throttled_too_much_spam
    "Rackspace ha recibido demasiado spam del servidor emisor y está aplazando su correo; vuelve a enviar más tarde y pide al destinatario que añada tu dominio a su lista de remitentes seguros.",
    // rackspace.g2_concurrent_connections
    "Rackspace limita cuántas conexiones puede mantener abiertas una dirección IP emisora; reduce el número de conexiones en paralelo.",
    // rackspace.g1f_no_ptr
    "Rackspace exige un registro PTR para cada dirección IP emisora.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace no pudo comprobar de momento la dirección del destinatario; un reintento unos minutos después suele funcionar.",
    // rackspace.g30_mailbox_rate
    "Rackspace limita cuánto correo puede recibir un buzón en poco tiempo; así protege al destinatario, por ejemplo de un bombardeo de suscripciones (list bomb), y un reintento posterior suele funcionar.",
    // rackspace.g16_routing_loop
    "Si el bucle no desaparece al cabo de unos minutos, Rackspace pide que se le avise en `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace no pudo consultar de momento la política DMARC del dominio del remitente; un reintento unos minutos después suele funcionar.",
    // rackspace.g28_untrusted_ip
    "Rackspace solo acepta volúmenes pequeños desde una dirección IP emisora nueva o no fiable hasta que esta acumula un buen historial de envío; calienta la dirección aumentando el volumen poco a poco y envía más despacio.",
    // sendgrid.sender_identity
    "SendGrid solo envía correo cuya dirección From coincide con una Sender Identity verificada: una dirección de remitente verificada individualmente o un dominio autenticado en la cuenta de SendGrid.",
    // sendgrid.credits_exceeded
    "SendGrid descuenta cada mensaje de los créditos de correo de la cuenta y rechaza más envíos cuando se agotan; según la documentación de SendGrid, hay que contactar con su soporte para que se levante el límite.",
    // sendgrid.recipients_this_hour
    "SendGrid aplaza estos mensajes y sigue reintentándolos durante un máximo de 72 horas.",
    // sendgrid.unauthenticated_senders
    "El cliente entregó un mensaje a `smtp.sendgrid.net` sin iniciar sesión antes; configúralo para que se autentique en cada conexión, con una clave de API de SendGrid como contraseña.",
    // sendgrid.bad_username_password
    "SendGrid no reconoce el nombre de usuario o la clave de API; restablecer la contraseña de la cuenta de SendGrid también rompe las integraciones que siguen usando la antigua.",
    // sendgrid.drop_bounced_address
    "SendGrid descartó el mensaje sin intentar la entrega porque la dirección figura en la lista de rebotes de la cuenta tras un rebote anterior; elimina la entrada solo si se sabe que la dirección vuelve a funcionar.",
    // sendgrid.drop_unsubscribed
    "SendGrid descartó el mensaje porque el destinatario figura en la lista de bajas de la cuenta.",
    // sendgrid.drop_spam_report
    "SendGrid descartó el mensaje porque el destinatario ya denunció como spam correo de esta cuenta.",
    // sendgrid.drop_spam_content
    "El ajuste Spam Checker de la propia cuenta en SendGrid clasificó el mensaje como spam y lo descartó.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid descartó el mensaje porque su cabecera `X-SMTPAPI` no es JSON válido o está mal construida.",
    // sendmail.host_name_lookup_failure
    "Es el texto de Sendmail para un fallo temporal de DNS (`TRY_AGAIN`): los servidores de nombres no dieron respuesta de momento, así que el mensaje sigue en cola y se reintenta.",
    // sendmail.address_requires_smtputf8
    "La dirección tiene caracteres no ASCII, pero el cliente no indicó el parámetro `SMTPUTF8` en `MAIL FROM`.",
    // sendmail.mx_list_points_back
    "Este servidor figura como host MX del dominio, pero no trata el dominio como local, así que se devolvería el mensaje a sí mismo. El administrador debe añadir el dominio a los nombres locales del servidor o corregir los registros MX.",
    // stalwart.invalid_ehlo_domain
    "Stalwart rechaza los nombres `EHLO` que no son completos cuando está activada su opción de rechazar los nombres que no son FQDN. El servidor emisor debe anunciar su nombre de host completo.",
    // stalwart.extension_disabled
    "El cliente usó un parámetro de `MAIL FROM` o `RCPT TO` de una extensión (como `DSN` o `FUTURERELEASE`) que este servidor tiene desactivada. Envía sin ese parámetro.",
    // stalwart.dane_failed
    "El dominio del destinatario publica registros DANE (`TLSA`), y el certificado de su servidor no coincidía con ellos, así que Stalwart no entregó el mensaje. El administrador del destinatario debe actualizar los registros `TLSA` o el certificado.",
    // stalwart.mta_sts_failed
    "El dominio del destinatario tiene una política MTA-STS, y su servidor no la cumplía (no tenía un certificado válido o era un host que no figura en la política). El administrador del destinatario debe corregir la política o el servidor.",
    // stalwart.concurrency_limited
    "Se alcanzó el límite propio de Stalwart de conexiones salientes hacia ese destino; el mensaje sigue en cola y se reintenta.",
    // yahoo.tss04
    "Yahoo usa `[TSS04]` para el correo aplazado por volumen, quejas, contenido con aspecto de spam o mala reputación de la IP; si persiste, Yahoo pide una Sender Support Request (solicitud de soporte para remitentes) con el error completo.",
    // yahoo.ts01
    "Yahoo propone volver a intentarlo unas cuatro horas más tarde y, si el error dura 48 horas, revisar el contenido y las prácticas de envío del correo.",
    // yahoo.ts03
    "Aunque el código es temporal, Yahoo recomienda no volver a enviar hasta haber revisado las listas y las prácticas de suscripción, porque detecta correo masivo con aspecto de no solicitado.",
    // yahoo.permanently_deferred
    "Según Yahoo, reintentar no servirá de nada; antes hay que cambiar la forma de enviar.",
    // yahoo.bl21
    "Yahoo rechaza las conexiones desde direcciones incluidas en las listas de Spamhaus; comprueba la dirección en spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` nombra la XBL de Spamhaus, que incluye equipos infectados y proxies abiertos.",
    // yahoo.ph01
    "Los bloqueos por contenido de Yahoo (códigos `PH`) abarcan virus, phishing, ransomware y otro software malicioso, así como los enlaces a cualquiera de ellos.",
    // yahoo.policy_reasons_579
    "Yahoo envía esta respuesta cuando el mensaje no supera sus comprobaciones DKIM, SPF o DMARC, a menudo porque el dominio de `From` publica una política DMARC que el mensaje no cumple.",
    // yahoo.unauthenticated_sender
    "Yahoo exige a todos los remitentes que superen SPF o DKIM; los remitentes masivos necesitan ambos y además una política DMARC.",
    // yahoo.unresolvable_from_domain
    "Yahoo comprueba el dominio de `MAIL FROM` y el de la cabecera `From` con una consulta SOA, así que un subdominio usado ahí necesita su propio registro SOA, además de registros A o MX.",
    // yahoo.not_rfc_compliant
    "Entre las causas, Yahoo menciona campos de cabecera duplicados o con formato incorrecto y tipos MIME erróneos.",
    // yahoo.resources_unavailable
    "Según Yahoo, sus servidores estaban ocupados; normalmente se resuelve al poco tiempo sin cambiar nada.",
    // yahoo.vs1_unknown_recipients
    "Yahoo envía `VS1-IP` y `VS1-MF` cuando un servidor envía a muchos destinatarios no válidos, lo que considera indicio de un relay abierto; elimina las direcciones que rebotan.",
    // yahoo.aol_rly_b1
    "AOL aplica este bloqueo automático cuando las quejas de sus miembros superan su umbral, y lo levanta en 24 horas una vez que bajan las quejas; AOL recomienda usar un circuito de retroalimentación de quejas (feedback loop).",
    // yahoo.aol_rtr_du
    "AOL usa las listas de Spamhaus de direcciones dinámicas y residenciales y no acepta correo directamente desde ellas.",
    // yahoo.aol_rtr_bb
    "AOL rechaza las direcciones que clasifica como dinámicas o residenciales; el bloqueo se puede levantar a petición una vez que el servidor tiene un nombre de host completo.",
    // yahoo.aol_rtr_rd
    "AOL rechaza el correo cuando el nombre de DNS inverso de la dirección emisora se parece al de una dirección dinámica.",
    // yahoo.aol_rtr_bl
    "AOL lo describe como un bloqueo permanente de la dirección IP por mala reputación, y pide a los remitentes que se unan a su circuito de retroalimentación de quejas antes de abrir una solicitud de soporte.",
    // yahoo.aol_rly_sn
    "AOL rechaza el correo que usa una dirección reservada de AOL como `From` o `Reply-To`, o que dice proceder de un afiliado de AOL pero llega desde una dirección IP no autorizada.",
    // yandex.suspicion_of_spam
    "El filtro de Yandex consideró que el contenido es spam. Cuando un buzón no envía más que spam, Yandex deja de aceptar su correo durante 24 horas; quienes envían correo masivo legítimo deben seguir los requisitos de Yandex para listas de correo honestas.",
    // yandex.blocked_by_spam_statistics
    "Yandex bloquea durante 24 horas el correo de un origen que solo ha enviado spam; el bloqueo termina por sí solo si el spam cesa.",
    // yandex.client_host_blocked
    "En Yandex, esta línea forma parte del mismo bloqueo de 24 horas para los orígenes que solo envían spam, y no implica necesariamente que la dirección figure en una lista de bloqueo pública.",
    // yandex.policy_rejection_target
    "Yandex bloqueó la cuenta del destinatario por incumplir su acuerdo de usuario. El titular puede desbloquearla completando sus datos personales con información veraz o contactando con el soporte de Yandex.",
    // yandex.mailbox_size_exceeded
    "Esto suele significar que el destinatario apenas usa el buzón; tiene que iniciar sesión en Yandex Mail en la web para que vuelva a aceptar correo.",
    // yandex.no_such_user
    "Yandex indica un destinatario desconocido con `5.7.1`, el código que se suele usar para los rechazos por política, así que es el texto el que decide.",
    // yandex.recipient_rate_limit
    "El destinatario está recibiendo correo a un ritmo elevado, así que Yandex aplaza el resto por ahora; un intento posterior suele funcionar. Aquí el código `4.2.1` no significa que el buzón esté desactivado.",
    // zoho.unusual_sending_activity
    "Zoho ha bloqueado la cuenta tras detectar actividad inusual en ella; el código `5.4.6` no indica un bucle de correo. Un bloqueo temporal se levanta al cabo de un tiempo, o antes desde la página UnblockMe de Zoho o desde la Admin Console.",
    // zoho.rejected_by_destination_domain
    "Un filtro que la organización receptora configuró en Zoho rechazó el mensaje; solo el administrador de esa organización puede cambiarlo.",
    // zoho.restricted_by_policy
    "Un filtro que la organización receptora configuró en Zoho rechazó el mensaje; solo el administrador de esa organización puede cambiarlo.",
    // zoho.temporary_system_error
    "El dominio receptor en Zoho no acepta correo de momento; un intento posterior suele funcionar. El código `4.3.1` no significa que el buzón esté lleno.",
    // zoho.dmarc_rejected
    "Para un remitente de `zoho.com`, esto suele significar que la dirección se usó desde otro servicio o aplicación sin pasar por los servidores SMTP de Zoho.",
    // zoho.relaying_disallowed_as
    "ZeptoMail rechaza una dirección `From` cuyo dominio no es uno de los que la cuenta tiene permiso para usar al enviar.",
    // zoho.subject_mandatory
    "ZeptoMail rechaza los mensajes sin asunto; el código `5.2.1` que envía aquí no significa que el buzón esté desactivado.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "¿Cerró el servidor la conexión?",
        "Con `421`, sí: el servidor termina la sesión y ya no procesa nada más en ella. Con `503`, no: la sesión sigue abierta y solo se rechazó el comando enviado fuera de orden.",
        "El servidor tiene que dejar de atender esta sesión, por ejemplo porque está sobrecargado o apagándose. Puede enviar `421` en lugar del saludo o en respuesta a cualquier comando.",
        "Vuelve a conectarte más tarde; el mensaje no tiene la culpa. Un servidor emisor lo conserva en cola y lo reintenta por sí solo.",
        "El cliente envió un comando válido en un momento incorrecto de la sesión, como `RCPT TO` antes de `MAIL FROM` o `DATA` sin ningún destinatario aceptado.",
        "Corrige el orden de los comandos en el cliente, porque repetir la misma secuencia vuelve a fallar. Revisa también la respuesta anterior al `503`: a menudo lo provoca un rechazo previo.",
    ],
    // 450 vs 550
    [
        "¿Puede funcionar más tarde el mismo intento sin cambiar nada?",
        "Con `450`, sí: el buzón no está disponible solo por ahora, así que un reintento del mismo mensaje puede pasar. Con `550`, no: el rechazo es permanente y primero tiene que cambiar algo.",
        "El buzón está ocupado o bloqueado, o una política como las listas grises pide al remitente que vuelva más tarde. Suele responder a `RCPT TO` o al final de los datos del mensaje.",
        "Normalmente nada: el servidor emisor pone el mensaje en cola y lo reintenta. Si los retrasos duran días, el administrador del remitente lee el texto de la respuesta y contacta con el postmaster del destinatario.",
        "El buzón no existe, el remitente no tiene acceso a él o la política local rechaza el correo, por ejemplo por retransmisión o por una comprobación del remitente fallida. El código de estado mejorado indica cuál es el caso.",
        "Lee el código de estado mejorado: con `5.1.1`, corrige la dirección; con un rechazo por política como `5.7.1`, el administrador del remitente revisa SPF, DKIM y las listas de bloqueo. No vuelvas a enviarlo sin cambios.",
    ],
    // 421 vs 450
    [
        "¿El rechazo termina toda la sesión?",
        "Con `421`, sí: el servidor cierra la conexión y ya no procesa nada más en ella. Con `450`, no: solo se aplaza este buzón o este mensaje, y la sesión puede continuar.",
        "El servidor no puede atender al cliente en este momento, por ejemplo porque está sobrecargado, aplica listas grises al host que se conecta o se está apagando. Envía `421` como saludo o en respuesta a cualquier comando.",
        "Deja que el servidor emisor vuelva a conectarse más tarde, con intervalos cada vez mayores. Si una misma dirección IP de envío lo recibe una y otra vez, reduce el ritmo de envío y revisa las listas de bloqueo.",
        "El buzón está ocupado o bloqueado, o una comprobación como las listas grises quiere que este mensaje vuelva más tarde. El servidor responde así a `RCPT TO` o al final de los datos del mensaje.",
        "El servidor emisor mantiene el mensaje en cola para ese destinatario y lo reintenta más tarde; los demás destinatarios de la sesión se procesan con normalidad.",
    ],
    // 421 vs 451
    [
        "¿Se cierra la conexión después de esta respuesta?",
        "Con `421`, sí: el servidor abandona toda la sesión y la cierra. Con `451`, no: solo falló el paso actual, por un error local, y la conexión sigue abierta.",
        "El servicio en su conjunto no está disponible por ahora: el servidor está sobrecargado, aplica listas grises o tiene que apagarse. Envía `421` como saludo o en respuesta a cualquier comando, y cierra el canal.",
        "Vuelve a conectarte más tarde; el servidor emisor reintenta según su propia programación. Si sigue ocurriendo, lee el texto de la respuesta, que a menudo indica el motivo.",
        "Falló una comprobación o consulta interna mientras el servidor procesaba `MAIL FROM`, `RCPT TO` o los datos del mensaje, por ejemplo una consulta DNS o de base de datos que no respondió.",
        "Reinténtalo más tarde; la mayoría de los casos se resuelven solos. Si se repite, el operador del servidor que responde debe localizar en sus logs el componente que falla.",
    ],
    // 452 vs 552
    [
        "¿Reintentará el servidor emisor por sí solo?",
        "Con `452`, sí: al servidor le falta almacenamiento o ha llegado por ahora a su límite de destinatarios, así que el mensaje sigue en cola. Con `552`, no: un límite de tamaño o de almacenamiento rechazó el correo de forma definitiva, y se devuelve con un rebote.",
        "Al servidor le faltan recursos en este momento: espacio libre en disco o sitio para el tamaño declarado con `SIZE`, o ha alcanzado su límite de destinatarios por mensaje.",
        "Si hay demasiados destinatarios, entrega el mensaje a los ya aceptados y envía el resto en una transacción posterior. Si falta almacenamiento, reinténtalo más tarde; si persiste, el operador libera espacio.",
        "El mensaje es más grande de lo que acepta el servidor o el buzón, o el buzón del destinatario está lleno (`5.2.2`). Puede responder a `MAIL FROM` con `SIZE`, a `RCPT TO` o a los datos del mensaje.",
        "Reduce el tamaño del mensaje, por ejemplo enviando los archivos grandes como enlace, y no superes el límite de `SIZE` que indica la respuesta a `EHLO`. Si el buzón está lleno, el destinatario tiene que liberar espacio primero.",
    ],
    // 550 vs 553
    [
        "¿El problema está en cómo está escrita la dirección?",
        "Con `550`, no: la dirección se puede leer, pero el buzón no existe o la política rechaza el correo. Con `553`, sí: la dirección está mal formada, usa caracteres que el servidor rechaza o es ambigua.",
        "El buzón no existe, el remitente no tiene acceso a él o una regla local, como la de retransmisión o la política antispam, rechaza el correo.",
        "Lee el código de estado mejorado: con `5.1.1`, confirma la dirección con el destinatario; con `5.7.1`, el administrador del remitente revisa SPF, DKIM y las listas de bloqueo.",
        "La dirección de `MAIL FROM` o `RCPT TO` incumple las reglas de sintaxis o contiene caracteres que el servidor no acepta, o un nombre de `VRFY` coincide con más de un usuario.",
        "Revisa la dirección carácter por carácter: exactamente una `@`, sin espacios ni corchetes sueltos, y con un dominio completo. Corrígela y vuelve a enviar el mensaje.",
    ],
    // 550 vs 551
    [
        "¿Indica la respuesta otra dirección para el destinatario?",
        "Con `550`, no: el buzón se rechaza sin indicar ninguna dirección alternativa. Con `551`, sí: el usuario no es local en este servidor, y el texto suele indicar la dirección que hay que usar en su lugar.",
        "El buzón no existe, el remitente no tiene acceso a él o la política local rechaza el correo. Los sitios que no quieren revelar una dirección nueva también responden `550`.",
        "Lee el código de estado mejorado y el texto, y luego corrige la dirección o, si es un rechazo por política, pide al administrador del remitente que lo investigue. Volver a enviarlo sin cambios fallará de nuevo.",
        "El destinatario se ha mudado o su correo se gestiona en otro lugar, y el sitio decide revelar la nueva dirección en lugar de reenviar el mensaje por sí mismo.",
        "Comprueba que la dirección del texto es plausible, envía el mensaje allí y actualiza el contacto. Si no se indica ninguna dirección, pregunta al destinatario por otra vía.",
    ],
    // 550 vs 554
    [
        "¿Puede enviarlo el servidor en lugar de su saludo?",
        "Con `550`, no: responde a un comando, normalmente para rechazar un buzón, un remitente o un mensaje. Con `554`, sí: puede rechazar la sesión entera desde el saludo, y en otros momentos hace fallar toda la transacción.",
        "Un destinatario es desconocido (`5.1.1`) o no se permite retransmitir hacia él, se rechaza al remitente o la política rechaza el mensaje después de `DATA`.",
        "Si el destinatario es desconocido, corrige la dirección. Si es un rechazo por política, el administrador del remitente corrige los problemas de SPF, DKIM o listas de bloqueo, o contacta con el postmaster del destinatario.",
        "El servidor rechaza a este cliente desde el principio, no se había aceptado ningún destinatario cuando llegó `DATA` o se rechazó el contenido tras los datos del mensaje. Es el código general cuando no encaja nada más preciso.",
        "Lee el texto y el código de estado mejorado; volver a enviarlo sin cambios no servirá de nada. Tras un saludo `554`, el administrador del dominio emisor revisa las listas de bloqueo o contacta con el sitio receptor.",
    ],
    // 500 vs 501
    [
        "¿Reconoció el servidor la palabra del comando?",
        "Con `500`, no: el propio comando era desconocido, o la línea era demasiado larga para leerla. Con `501`, sí: el comando se conoce, pero una dirección, un parámetro o un argumento que lo sigue no es válido.",
        "La palabra del comando está mal escrita o este servidor no la conoce, o la línea de comando supera el límite estándar. Durante `AUTH` también indica una línea de respuesta demasiado larga.",
        "Corrige el cliente: escribe bien el comando, mantén las líneas dentro del límite y usa comandos de extensión solo si la respuesta a `EHLO` los incluye.",
        "Lo que sigue al comando no es aceptable, como una dirección mal formada en `MAIL FROM` o `RCPT TO`, un argumento de `EHLO` no válido o argumentos en un comando que no los admite.",
        "Corrige los argumentos: direcciones entre corchetes angulares sin espacios junto a los dos puntos, nombres y valores de parámetros válidos y ningún argumento de más. El texto de la respuesta suele señalar el fallo.",
    ],
    // 502 vs 504
    [
        "¿Admite el servidor el comando en sí?",
        "Con `502`, no: este servidor no ofrece el comando en absoluto. Con `504`, sí: el comando se admite, pero no la opción o el valor indicado con él, como un mecanismo de `AUTH`.",
        "El comando se reconoce, pero no está implementado o el operador lo ha desactivado; suele tratarse de `VRFY`, `EXPN` o `HELP`. Los servidores muy antiguos responden así a `EHLO`.",
        "No repitas el comando en este servidor: continúa sin él y recurre a `HELO` si se rechazó `EHLO`. Si de verdad necesitas esa función, pregunta al operador.",
        "El cliente pidió una variante que el servidor no gestiona, casi siempre un mecanismo de `AUTH` que no admite o que no permite antes del cifrado (`5.5.4`).",
        "Elige una opción que el servidor ofrezca: un mecanismo de `AUTH` de la respuesta a `EHLO`, tras `STARTTLS` si hace falta. Si no, envía el comando sin el parámetro no admitido.",
    ],
    // 530 vs 535
    [
        "¿Se comprobaron y rechazaron las credenciales?",
        "Con `530`, no: no se comprobó nada; el comando necesita antes un inicio de sesión o, en algunos servidores, `STARTTLS`. Con `535`, sí: el servidor comprobó el nombre de usuario y la contraseña, u otras credenciales, y los rechazó.",
        "El cliente envió `MAIL FROM` u otro comando sin iniciar sesión con `AUTH`, o sin `STARTTLS` en un servidor que exige cifrado.",
        "Activa la autenticación del servidor saliente en el programa de correo, y TLS si el texto lo pide. El software envía `STARTTLS`, de nuevo `EHLO` y luego `AUTH`, todo antes de `MAIL FROM`.",
        "Un intercambio `AUTH` terminó con credenciales que no coincidían: una contraseña incorrecta, un usuario desconocido o credenciales insuficientes para la cuenta. Suele llevar `5.7.8`.",
        "Revisa y corrige el nombre de usuario y la contraseña guardados en el programa de correo; algunos proveedores exigen una contraseña aparte para enviar. No reintentes con las mismas credenciales.",
    ],
    // 550 vs X.1.1
    [
        "¿Dice el código por sí solo que el buzón no existe?",
        "Con `550`, no: solo dice que la acción se rechazó de forma definitiva, por este o por otro motivo, como la política. Con `5.1.1`, sí: indica una causa concreta, un buzón que no existe en un dominio que acepta correo.",
        "El servidor rechaza de forma permanente una dirección o un mensaje: un destinatario desconocido, una retransmisión que no permite, un remitente rechazado o un correo rechazado por política después de `DATA`.",
        "Antes de actuar, mira el código de estado mejorado y el texto tras `550`: son los que deciden si hay que corregir la dirección o la configuración del remitente.",
        "El dominio del destinatario acepta correo, pero el buzón indicado antes de la `@` no existe allí. Los servidores receptores suelen enviarlo como `550 5.1.1` en respuesta a `RCPT TO`.",
        "Revisa cómo está escrita la parte anterior a la `@` y confirma la dirección con el destinatario por otra vía. Volver a enviar a la misma dirección no servirá de nada.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "¿Seguirá reintentando el servidor emisor por sí solo?",
        "Con `4.7.1`, sí: el rechazo por política está marcado como temporal, así que el mensaje sigue en cola y se vuelve a intentar. Con `5.7.1`, no: el rechazo es permanente, y el mensaje se devuelve con un rebote salvo que algo cambie.",
        "Una regla de seguridad o de política rechaza al remitente por ahora, y el servidor espera que la situación pase. El registro de IANA incluye `451` entre las respuestas que pueden llevarlo.",
        "Deja que el servidor emisor siga reintentando. Si todavía falla después de varias horas, busca en el texto de la respuesta la regla aplicada y contacta con el postmaster del destinatario.",
        "La política no permite que este remitente envíe a este destinatario: se rechaza la retransmisión, un filtro bloquea el host o al remitente, o falló una comprobación SPF. Suele llegar como `550 5.7.1`.",
        "Busca en el texto la regla que se aplicó. Inicia sesión en tu propio servidor en lugar de retransmitir a través de otro, pide al administrador del remitente que corrija SPF o DMARC, o solicita la exclusión a la lista de bloqueo indicada.",
    ],
    // X.1.0 vs X.1.1
    [
        "¿Dice el código exactamente qué le pasa a la dirección?",
        "Con `X.1.0`, no: se notifica un problema de dirección sin detalles, así que solo el texto de la respuesta da el motivo. Con `X.1.1`, sí: el buzón indicado antes de la `@` no existe en el dominio.",
        "Falló una comprobación de la dirección del remitente o de un destinatario por un motivo que no cubre ningún código de direccionamiento específico. En la forma `2.1.0`, simplemente confirma un `MAIL FROM` aceptado.",
        "Revisa ambas direcciones en busca de errores tipográficos, caracteres sobrantes o un dominio equivocado, y lee el texto tras el código. Si son correctas, pregunta al administrador del servidor que las rechaza.",
        "El dominio del destinatario acepta correo, pero el buzón no existe allí. Suele enviarse como `550 5.1.1` en respuesta a `RCPT TO` o aparecer en un rebote.",
        "Corrige la parte anterior a la `@` o pide al destinatario su dirección actual; volver a enviar a la misma dirección fallará de nuevo.",
    ],
    // X.2.2 vs X.3.4
    [
        "¿El problema es el tamaño de este mensaje?",
        "Con `X.2.2`, no: el buzón del destinatario ha agotado su cuota, así que ni siquiera cabe un mensaje pequeño. Con `X.3.4`, sí: el mensaje es más grande de lo que el sistema receptor acepta para cualquier destinatario.",
        "El buzón de un destinatario ha alcanzado su cuota de almacenamiento. El servidor responde a `RCPT TO` o al final de los datos del mensaje con `4.2.2`, o con `552` y `5.2.2`.",
        "Avisa al destinatario por otra vía; solo él o su administrador pueden liberar espacio o ampliar la cuota. Tras `4.2.2`, tu servidor reintenta; tras `5.2.2`, vuelve a enviarlo más tarde.",
        "El mensaje supera el tamaño máximo del sistema, según el `SIZE` declarado en `MAIL FROM` o el tamaño real tras los datos. Llega como `5.3.4` con `552` o `554`.",
        "Reduce el tamaño del mensaje, por ejemplo compartiendo los archivos grandes mediante un enlace. Un número tras `SIZE` en la respuesta a `EHLO` es el límite del servidor en bytes.",
    ],
    // X.7.0 vs X.7.1
    [
        "¿Dice el propio código que este remitente no puede entregar a este destinatario?",
        "Con `X.7.0`, no: una regla de seguridad o de política detuvo el comando, pero el código no indica ningún motivo. Con `X.7.1`, sí: la política no permite que este remitente entregue a este destinatario.",
        "Una regla de seguridad detuvo un comando y no se usa ningún código más preciso: `454 4.7.0` para un fallo temporal de inicio de sesión, `530 5.7.0` cuando antes hace falta `AUTH` o `STARTTLS`, o un bloqueo sin explicación.",
        "Tras `530`, ejecuta primero `STARTTLS` o inicia sesión con `AUTH`; tras `454`, reinténtalo más tarde sin cambiar la contraseña. En los demás casos, lee el texto o pregunta al postmaster.",
        "El lado receptor rechaza la retransmisión, bloquea con un filtro el host emisor o al remitente, o rechaza correo que no superó SPF o DMARC.",
        "Busca en el texto la regla que se aplicó. Envía a través de tu propio servidor saliente en lugar de retransmitir por otro, y pide al administrador del remitente que corrija los registros SPF, DKIM o DMARC.",
    ],
    // 450 vs 451
    [
        "¿Falló algo dentro del servidor?",
        "Con `450`, no: el servidor funcionó, pero el buzón está ocupado o una comprobación como las listas grises quiere un intento posterior. Con `451`, sí: una consulta o un servicio interno del servidor falló mientras procesaba el comando.",
        "El buzón está ocupado o bloqueado, o las listas grises o un bloqueo temporal aplazan a este remitente. Los servidores lo envían tras `RCPT TO` o tras los datos del mensaje.",
        "Deja que el servidor emisor lo reintente; el correo retenido por listas grises pasa en un intento posterior. Si los retrasos duran días, lee el texto de la respuesta y contacta con el postmaster del destinatario.",
        "Mientras se procesaba `MAIL FROM`, `RCPT TO` o los datos del mensaje, falló una consulta o un componente interno, como una consulta DNS o de base de datos que no respondió.",
        "Deja que el servidor emisor lo reintente más tarde. Si se repite, el operador del servidor que responde busca en sus logs el componente que falla, con la ayuda de códigos como `4.4.3`.",
    ],
    // 451 vs 452
    [
        "¿Se quedó el servidor sin espacio o llegó a un límite de destinatarios?",
        "Con `451`, no: algo dentro del servidor, como una consulta, falló mientras procesaba el comando. Con `452`, sí: falta almacenamiento, o el mensaje ya tiene tantos destinatarios como admite el servidor.",
        "Una consulta DNS o de base de datos, o un servicio interno, falló mientras el servidor procesaba `MAIL FROM`, `RCPT TO` o los datos del mensaje.",
        "Reinténtalo más tarde; la mayoría de los casos se resuelven solos. Si se repite, el operador del servidor que responde debe localizar en sus logs el componente que falla.",
        "Al servidor le falta espacio en disco para el mensaje o para el tamaño declarado con `SIZE`, o `RCPT TO` superó su límite de destinatarios por mensaje.",
        "Envía el mensaje a los destinatarios ya aceptados y el resto en una transacción posterior. Si falta almacenamiento, reinténtalo más tarde mientras el operador libera espacio.",
    ],
    // 550 vs 552
    [
        "¿El problema es el tamaño del correo o el almacenamiento del buzón?",
        "Con `550`, no: la dirección o el correo se rechazan por otro motivo, como un buzón desconocido o la política. Con `552`, sí: el mensaje es demasiado grande, o el almacenamiento del destinatario está agotado.",
        "El destinatario es desconocido, no se permite la retransmisión, se rechaza al remitente o la política rechaza el mensaje después de `DATA`.",
        "Lee el código de estado mejorado: con `5.1.1`, corrige la dirección; con un rechazo por política como `5.7.1`, el administrador del remitente revisa SPF, DKIM y las listas de bloqueo.",
        "El `SIZE` declarado o el mensaje real supera el límite del servidor o del buzón, o el buzón del destinatario está lleno (`5.2.2`).",
        "Reduce el tamaño del mensaje, por ejemplo enlazando los archivos grandes en lugar de adjuntarlos. Si el buzón está lleno, el destinatario tiene que liberar espacio.",
    ],
    // 534 vs 535
    [
        "¿Podría funcionar la misma contraseña con otro mecanismo de inicio de sesión?",
        "Con `534`, sí: solo se rechazó el mecanismo elegido, por ser demasiado débil para esta cuenta. Con `535`, no: no se aceptaron las propias credenciales, y hay que corregirlas.",
        "El cliente indicó un mecanismo de `AUTH` más débil de lo que la política del servidor permite para ese usuario. Llega con `5.7.9`.",
        "Repite `AUTH` con un mecanismo más robusto de la respuesta a `EHLO`, o cambia el método de autenticación en el programa de correo. Una contraseña nueva no servirá de nada.",
        "Al final de `AUTH`, la contraseña era incorrecta, el usuario desconocido o las credenciales insuficientes para la cuenta. Suele llegar con `5.7.8`.",
        "Corrige el nombre de usuario y la contraseña guardados en el programa de correo; algunos proveedores exigen una contraseña aparte para enviar correo.",
    ],
    // 534 vs 538
    [
        "¿Bastaría con cifrar la conexión para usar este mecanismo?",
        "Con `534`, no: la política exige un mecanismo más robusto para este usuario, así que el cliente tiene que elegir otro. Con `538`, sí: el mecanismo está permitido, pero solo a través de una conexión cifrada.",
        "El mecanismo indicado en `AUTH` es más débil de lo que el servidor permite para esa cuenta (`5.7.9`).",
        "Elige un mecanismo más robusto de la lista que sigue a `AUTH` en la respuesta a `EHLO`, o cambia el método de autenticación en el programa de correo.",
        "Un servidor antiguo recibió `AUTH` con un mecanismo, normalmente uno en texto claro, en una conexión en la que no se ha ejecutado `STARTTLS` (`5.7.11`). El RFC 4954 declaró obsoleto este código.",
        "Envía `STARTTLS`, luego `EHLO` de nuevo, y repite `AUTH` sobre la conexión cifrada; en un programa de correo, activa TLS para el servidor saliente.",
    ],
    // 454 vs 535
    [
        "¿Se consideraron incorrectas las credenciales?",
        "Con `454`, no: el servidor no pudo comprobarlas, o no pudo iniciar TLS, por un fallo temporal de su lado. Con `535`, sí: el servidor comprobó las credenciales y las rechazó.",
        "El servicio que comprueba las contraseñas no responde durante `AUTH`, o la configuración TLS no se puede usar cuando llega `STARTTLS`, por ejemplo porque no se puede cargar el certificado.",
        "No cambies la contraseña; reinténtalo más tarde. Si persiste, el operador del servidor debe revisar el servicio de autenticación o la configuración TLS.",
        "Un intercambio `AUTH` terminó con una contraseña incorrecta, un usuario desconocido o credenciales insuficientes para la cuenta.",
        "Corrige el nombre de usuario y la contraseña en el programa de correo. El software cliente debería volver a pedírselos al usuario en lugar de reintentar con las mismas credenciales.",
    ],
    // 220 vs 554
    [
        "¿Está dispuesto el servidor a atender a este cliente?",
        "Con `220`, sí: el servidor está listo y el cliente continúa con `EHLO`. Con `554`, no: enviado como saludo, rechaza al cliente de entrada, y en esta sesión no se puede enviar ningún correo.",
        "El servidor está listo para el cliente que acaba de conectarse o, en respuesta a `STARTTLS`, listo para iniciar la negociación TLS.",
        "Envía `EHLO`. Tras un `220` en respuesta a `STARTTLS`, completa primero la negociación y luego vuelve a enviar `EHLO`.",
        "El servidor rechaza a este cliente desde el principio («No SMTP service here»), normalmente porque su política bloquea el host o la dirección IP de envío.",
        "Envía `QUIT` y no reintentes sin cambios. El administrador del dominio emisor revisa las listas de bloqueo para esa dirección IP o contacta con el sitio receptor.",
    ],
    // 250 vs 251
    [
        "¿Dice la respuesta que el destinatario se ha mudado a otra dirección?",
        "Con `250`, no: el comando simplemente funcionó, y un servidor puede incluso reenviar sin avisar. Con `251`, sí: el usuario no es local, y el servidor reenviará el mensaje a la dirección que indica.",
        "El comando funcionó: un `EHLO`, `MAIL FROM` o `RCPT TO` aceptado o, tras el punto final, un mensaje del que el servidor ha asumido la responsabilidad.",
        "No hay nada que corregir; continúa con el siguiente comando. Si un mensaje aceptado tras sus datos nunca llega, se perdió después de este servidor.",
        "El destinatario de `RCPT TO` o `VRFY` se ha mudado, y el servidor acepta el correo y lo reenvía a la nueva dirección, que indica en su respuesta. En respuesta a `ETRN` significa que no hay correo en espera.",
        "No hay que hacer nada con este mensaje. El remitente puede actualizar su libreta de direcciones para que el correo futuro vaya directamente a la nueva dirección.",
    ],
    // 250 vs 252
    [
        "En respuesta a `VRFY`, ¿confirma el servidor la dirección?",
        "Con `250`, sí: el servidor verificó el usuario e indica el buzón. Con `252`, no: aceptará correo para la dirección e intentará entregarlo, pero no dice nada sobre si el buzón existe.",
        "El servidor verificó el usuario indicado en `VRFY` o `EXPN` y responde con el buzón. Ante otros comandos, `250` simplemente indica que funcionaron.",
        "No hay nada que corregir; la respuesta es la confirmación de esa dirección por parte del servidor.",
        "El servidor no confirma direcciones, a menudo porque hacerlo ayuda a los spammers a recopilarlas, así que responde así a todos los `VRFY` y `EXPN`.",
        "No lo tomes como prueba de que el buzón existe. La única forma de saberlo es enviar un mensaje y ver si llega un rebote.",
    ],
    // 250 vs 354
    [
        "¿Ha aceptado el servidor el mensaje para entregarlo?",
        "Con `250` tras el punto final, sí: el servidor ha asumido la responsabilidad del mensaje. Con `354`, no: el servidor solo está esperando el mensaje, y todavía no se ha aceptado nada.",
        "Tras el punto final del mensaje, o el último fragmento `BDAT`, el servidor tomó el mensaje y lo entregará o enviará un rebote más adelante. También acepta los comandos normales con `250`.",
        "No hay nada que corregir. Si el mensaje nunca llega, búscalo en los logs de ese servidor con el ID de cola que muchos servidores incluyen en el texto de la respuesta.",
        "El servidor aceptó `DATA`, después de que se aceptara al menos un destinatario, y ahora espera la cabecera, el cuerpo y una línea con un único punto.",
        "Envía el mensaje, termínalo con la línea del punto y espera la respuesta final. Si las sesiones se quedan paradas aquí, busca un enlace lento o inestable entre los servidores.",
    ],
    // 220 vs 421
    [
        "¿Está listo el servidor para atender esta sesión?",
        "Con `220`, sí: el saludo invita al cliente a continuar con `EHLO`. Con `421`, no: el servidor no puede atenderlo ahora y cierra la conexión, aunque un intento posterior puede funcionar.",
        "El servidor está listo para el cliente que acaba de conectarse, o listo para cifrar la conexión tras `STARTTLS`.",
        "Continúa con `EHLO`, o completa primero la negociación TLS y luego vuelve a enviar `EHLO`.",
        "El servidor está sobrecargado, aplica listas grises al cliente o se está apagando, así que saluda con `421`, o responde con él a cualquier comando, y cierra el canal.",
        "Deja que el servidor emisor ponga el mensaje en cola y vuelva a conectarse más tarde, con intervalos cada vez mayores. Si sigue ocurriendo, busca el motivo en el texto.",
    ],
    // 221 vs 421
    [
        "¿Pidió el cliente que terminara la conexión?",
        "Con `221`, sí: responde a `QUIT` con una despedida ordenada. Con `421`, no: el servidor cierra la conexión por su cuenta porque no puede continuar.",
        "El cliente envió `QUIT` al final de la sesión. Todo lo que el servidor confirmó antes en la sesión sigue confirmado.",
        "No hay nada que corregir. Si una entrega falló en la misma sesión, mira la respuesta inmediatamente anterior a `QUIT`.",
        "El servidor está sobrecargado o tiene que apagarse, así que rechaza la conexión en el saludo o termina la sesión tras cualquier comando.",
        "Reinténtalo más tarde en una sesión nueva; el mensaje no tiene la culpa. Hay que volver a enviar cualquier transacción que aún no se hubiera confirmado cuando se cerró la conexión.",
    ],
    // 421 vs 521
    [
        "¿Podría el servidor aceptar correo si el cliente lo vuelve a intentar más tarde?",
        "Con `421`, sí: el servicio no está disponible solo por ahora. Con `521`, no: el host nunca acepta correo para nadie, así que reintentar no tiene sentido.",
        "La sobrecarga, las listas grises o un apagado impiden al servidor atender la sesión, así que envía `421` en lugar del saludo o en respuesta a cualquier comando.",
        "Pon el mensaje en cola y reinténtalo más tarde, con intervalos cada vez mayores; no hay que cambiar nada del mensaje.",
        "El host es un servidor ficticio para un host o dominio que no recibe correo, y saluda a todos los clientes con `521` en lugar de `220`.",
        "No reintentes con este host. Revisa si el dominio del destinatario tiene errores tipográficos y pide otra dirección; si el dominio debe recibir correo, su administrador tiene que apuntar sus registros MX a un servidor de correo real.",
    ],
    // 521 vs 554
    [
        "¿Rechaza el host el correo de todo el mundo?",
        "Con `521`, sí: es un host que no acepta ningún correo. Con `554`, no: el servidor acepta correo en general, pero rechaza a este cliente, esta transacción o este contenido.",
        "El host solo existe para decir que no recibe correo, normalmente para un dominio sin servicio de correo, y saluda a todos los clientes con `521`.",
        "No reintentes con este host. Revisa si el dominio del destinatario tiene errores tipográficos y pide otra dirección; si el dominio debe recibir correo, su administrador corrige sus registros MX.",
        "El servidor rechaza a este cliente en el saludo, normalmente por motivos de política, o hace fallar una transacción, por ejemplo por un contenido rechazado tras los datos del mensaje.",
        "Lee el texto y el código de estado mejorado. Si se rechazó el saludo, el administrador del dominio emisor revisa las listas de bloqueo o contacta con el sitio receptor; en los demás casos, cambia el contenido rechazado.",
    ],
    // 454 vs 530
    [
        "¿Se saltó el cliente un paso obligatorio?",
        "Con `454`, no: el cliente intentó el paso, pero el servidor no pudo completarlo por un fallo temporal. Con `530`, sí: el comando necesita `AUTH`, o `STARTTLS`, antes de que el servidor lo ejecute.",
        "El servidor no puede comprobar las credenciales durante `AUTH` porque su servicio de contraseñas no responde, o no puede iniciar TLS tras `STARTTLS`.",
        "Reinténtalo más tarde sin cambiar la contraseña. Si persiste, el operador del servidor revisa el servicio de autenticación o la configuración TLS.",
        "`MAIL FROM` u otro comando llegó antes de iniciar sesión, o antes del cifrado en un servidor que exige TLS.",
        "Activa en el programa de correo la autenticación, y TLS si el texto lo pide. El software envía `STARTTLS`, `EHLO` y `AUTH` antes de `MAIL FROM`.",
    ],
    // 500 vs 502
    [
        "¿Conoce el servidor el comando?",
        "Con `500`, no: la palabra del comando es desconocida o está mal escrita, o la línea es demasiado larga para leerla. Con `502`, sí: el servidor reconoce el comando, pero no lo implementa o lo tiene desactivado.",
        "El comando está mal escrito o es desconocido, por ejemplo una extensión que el servidor nunca ofreció, o la línea supera el límite de longitud.",
        "Corrige el comando en el cliente: escríbelo bien, acorta la línea y usa comandos de extensión solo si la respuesta a `EHLO` los incluye.",
        "Un comando conocido, como `VRFY`, `EXPN` o `HELP`, no está disponible en este servidor. Los servidores muy antiguos responden así a `EHLO` porque solo conocen `HELO`.",
        "Continúa sin el comando y recurre a `HELO` si se rechaza `EHLO`. Si necesitas esa función, pregunta al operador si puede activarse.",
    ],
    // 500 vs 503
    [
        "¿Era válido el comando en sí?",
        "Con `500`, no: el servidor no lo reconoció. Con `503`, sí: el comando es correcto, pero llegó en un momento incorrecto de la sesión.",
        "La línea contiene un comando desconocido o mal escrito, o supera el límite estándar de longitud.",
        "Corrige el comando en el cliente; la misma línea vuelve a fallar si se envía de nuevo.",
        "Un comando válido llegó fuera de orden, como `DATA` antes de que se aceptara ningún destinatario o `RCPT TO` antes de `MAIL FROM`.",
        "Corrige el orden de los comandos, o envía `RSET` para empezar desde un estado limpio. Comprueba si un rechazo anterior dejó la transacción sin remitente o sin destinatario.",
    ],
    // 501 vs 503
    [
        "¿El fallo estaba en los argumentos del comando?",
        "Con `501`, sí: una dirección, un parámetro o un argumento está mal formado o fuera de rango. Con `503`, no: el comando y sus argumentos son correctos, pero se envió en un momento incorrecto.",
        "El cliente envió una dirección mal formada en `MAIL FROM` o `RCPT TO`, un argumento de `EHLO` no válido o argumentos en un comando que no los admite.",
        "Corrige los argumentos en el cliente; el texto tras el código suele señalar la parte errónea.",
        "Llegó un segundo `MAIL FROM` dentro de una transacción abierta, `RCPT TO` antes de `MAIL FROM`, o `AUTH` después de un inicio de sesión correcto.",
        "Corrige el orden de los comandos en el cliente, o envía `RSET` y empieza de nuevo la transacción.",
    ],
    // 502 vs 503
    [
        "¿Se aceptaría el comando en otro momento de la sesión?",
        "Con `502`, no: este servidor no implementa el comando, o lo tiene desactivado, sea cual sea el momento en que se envíe. Con `503`, sí: el comando se admite y solo llegó fuera de orden.",
        "El cliente usó `VRFY`, `EXPN`, `HELP` o, en servidores muy antiguos, `EHLO`, y el servidor no lo ofrece. Los servidores de retransmisión bajo demanda rechazan así la mayoría de los comandos.",
        "Deja de enviar el comando a este servidor y continúa sin él.",
        "Un comando válido llegó cuando la sesión no estaba preparada para él, como `DATA` sin ningún destinatario aceptado.",
        "Corrige el orden de los comandos del cliente: `EHLO`, `AUTH` si hace falta, `MAIL FROM`, uno o más `RCPT TO` y luego `DATA`.",
    ],
    // 503 vs 554
    [
        "¿Solo se envió el comando en un mal momento?",
        "Con `503`, sí: un comando válido llegó fuera de orden. Con `554`, no: el servidor rechaza la sesión o la transacción como tal, por ejemplo porque ningún destinatario era válido o porque se rechaza el contenido.",
        "El cliente envió `RCPT TO` antes de `MAIL FROM` o `DATA` sin un destinatario aceptado, o siguió enviando comandos después de que un saludo `554` rechazara la sesión.",
        "Corrige el orden de los comandos. Si la sesión empezó con `554`, el verdadero problema es ese saludo.",
        "El servidor rechaza al cliente en el saludo, hace fallar `DATA` porque no se aceptó ningún destinatario o rechaza el contenido tras los datos del mensaje.",
        "Lee el texto y el código de estado mejorado. Si se rechazó el saludo, el administrador del dominio emisor revisa las listas de bloqueo; si se rechazó el contenido, hay que cambiarlo.",
    ],
    // 501 vs 504
    [
        "¿Era correcta la sintaxis del comando?",
        "Con `501`, no: un argumento está mal formado, repetido o fuera de rango. Con `504`, sí: el comando está bien formado, pero el servidor no ofrece la opción o el valor que indica.",
        "Una dirección, un parámetro o un argumento incumple la sintaxis, por ejemplo una dirección mal formada o datos durante `AUTH` que no son Base64 válido.",
        "Corrige los argumentos en el cliente y comprueba los nombres y valores de los parámetros según la extensión que los define.",
        "El cliente indicó algo que el servidor no implementa, casi siempre un mecanismo de `AUTH` que no admite o que no permite en esta conexión.",
        "Elige un mecanismo de `AUTH` de la lista de la respuesta a `EHLO`, ejecutando antes `STARTTLS` si hace falta, o envía el comando sin el parámetro.",
    ],
    // 501 vs 553
    [
        "¿Puede referirse la respuesta a algo que no sea el nombre de un buzón?",
        "Con `501`, sí: abarca cualquier argumento o parámetro mal formado, y una dirección es solo uno de los casos. Con `553`, no: siempre se refiere a un nombre de buzón mal formado, no permitido o ambiguo.",
        "Un argumento está mal formado: una dirección incorrecta, un argumento de `EHLO` no válido, un valor erróneo en un parámetro de extensión o argumentos en un comando que no los admite.",
        "Corrige la línea de comando; el texto de la respuesta suele indicar la parte errónea.",
        "La dirección de `MAIL FROM` o `RCPT TO` tiene una sintaxis incorrecta o caracteres que el servidor no acepta, como caracteres no ASCII, o un nombre de `VRFY` coincide con varios usuarios.",
        "Revisa la dirección carácter por carácter y corrígela. Si es una dirección no ASCII, usa la dirección en ASCII simple del destinatario, si tiene una.",
    ],
    // 501 vs 555
    [
        "¿El problema es un parámetro de extensión que el servidor no admite?",
        "Con `501`, no: el comando o el parámetro se conoce, pero su argumento está mal escrito. Con `555`, sí: un parámetro de `MAIL FROM` o `RCPT TO` es desconocido o no está implementado en este servidor.",
        "Una dirección está mal formada, un argumento está fuera de rango o un parámetro de extensión tiene un valor no válido.",
        "Corrige el argumento; el texto tras el código suele señalarlo.",
        "El cliente añadió un parámetro como `SMTPUTF8`, `REQUIRETLS` o `MT-PRIORITY` que el servidor no anunció tras `EHLO`.",
        "Envía solo parámetros que figuren en la respuesta a `EHLO`, o quita el parámetro. Si el mensaje necesita la extensión, encamínalo a través de un servidor que la admita.",
    ],
    // 504 vs 555
    [
        "¿Puede responder a `AUTH`?",
        "Con `504`, sí: rechaza una opción de muchos comandos, casi siempre un mecanismo de `AUTH`. Con `555`, no: solo responde a `MAIL FROM` y `RCPT TO`, por un parámetro de extensión que el servidor no conoce.",
        "El comando se admite, pero no la variante solicitada: un mecanismo de `AUTH`, un argumento de `VRFY`, `EXPN` o `HELP`, o un parámetro de conversión de contenido.",
        "Usa una opción que el servidor ofrezca, como un mecanismo de la respuesta a `EHLO`, o prescinde del parámetro.",
        "`MAIL FROM` o `RCPT TO` llevaba un parámetro que el servidor no anunció, o un plazo de Deliver By que nunca podrá cumplir.",
        "Envía solo parámetros anunciados, o quita el que se rechazó; entrega a través de otro servidor si el mensaje depende de él.",
    ],
    // 455 vs 555
    [
        "¿Podrían aceptarse más tarde los mismos parámetros?",
        "Con `455`, sí: el servidor entendió los parámetros, pero no puede respetarlos en este momento. Con `555`, no: no los reconoce o no los implementa, así que fallan siempre.",
        "Un parámetro de `MAIL FROM` o `RCPT TO` pide algo que el servidor no puede ofrecer en este momento, como un plazo de Deliver By que las condiciones actuales hacen imposible.",
        "Reinténtalo más tarde. Si sigue ocurriendo, envía sin el parámetro o relaja su valor, por ejemplo con un plazo más amplio.",
        "Un parámetro de `MAIL FROM` o `RCPT TO` no se anunció tras `EHLO`, así que el servidor no lo admite.",
        "Quita el parámetro, o envía a través de un servidor que admita la extensión.",
    ],
    // 504 vs 534
    [
        "¿Se rechaza el mecanismo solo para la cuenta de este usuario?",
        "Con `504`, no: el servidor no admite el mecanismo, o no lo permite en esta conexión. Con `534`, sí: la política del servidor exige un mecanismo más robusto para este usuario.",
        "`AUTH` indicó un mecanismo que el servidor no implementa, o uno que solo permite tras `STARTTLS` (`5.5.4`).",
        "Elige un mecanismo de la lista de la respuesta a `EHLO`, y ejecuta antes `STARTTLS` si el que quieres solo se ofrece después.",
        "El mecanismo indicado en `AUTH` es más débil de lo que la política permite para esa cuenta (`5.7.9`).",
        "Usa un mecanismo más robusto; en un programa de correo, cambia el método de autenticación. Una contraseña nueva no servirá de nada.",
    ],
    // 504 vs 538
    [
        "¿Es la respuesta que deben enviar los servidores actuales?",
        "Con `504`, sí: según el RFC 4954, los servidores actuales rechazan con él un mecanismo no admitido o que todavía no ofrecen. Con `538`, no: está obsoleto, y lo envían servidores antiguos para pedir cifrado antes de usar ese mecanismo.",
        "`AUTH` indica un mecanismo que el servidor no admite, o uno que no ofrece en una conexión sin cifrar.",
        "Elige un mecanismo de la lista de la respuesta actual a `EHLO`; tras `STARTTLS` y un nuevo `EHLO`, pueden ofrecerse más mecanismos.",
        "Un servidor antiguo recibió `AUTH` con un mecanismo, normalmente uno en texto claro, antes de `STARTTLS` (`5.7.11`).",
        "Envía `STARTTLS`, luego `EHLO` de nuevo, y repite `AUTH`. Los operadores de servidores deberían dejar de enviar este código.",
    ],
    // 530 vs 550
    [
        "¿El único problema es que falta iniciar sesión o cifrar la conexión?",
        "Con `530`, sí: el servidor solo quiere `AUTH`, o en algunos servidores `STARTTLS`, antes de continuar. Con `550`, no: se rechaza el buzón o el propio mensaje, por ejemplo por una dirección desconocida o una regla de política.",
        "`MAIL FROM` o un comando posterior llegó antes de `AUTH`, o antes de `STARTTLS` en un servidor que exige TLS.",
        "Activa en el programa de correo la autenticación del servidor saliente, y TLS si el texto lo pide, y luego vuelve a enviar el mensaje.",
        "El destinatario es desconocido, se rechaza la retransmisión, el remitente está bloqueado o la política rechaza el mensaje.",
        "Guíate por el código de estado mejorado: con `5.1.1`, corrige la dirección; con `5.7.1`, envía a través de tu propio servidor autenticado o corrige la configuración del remitente.",
    ],
    // 550 vs 556
    [
        "¿El rechazo afecta a todas las direcciones del dominio?",
        "Con `550`, no: se rechaza un buzón, un remitente o un mensaje, y otras direcciones del dominio pueden funcionar. Con `556`, sí: el dominio declara que no recibe ningún correo.",
        "Un buzón es desconocido, el remitente no puede usarlo o la política rechaza este correo.",
        "Lee el código de estado mejorado: corrige la dirección, o pide al administrador del remitente que resuelva el problema de política.",
        "Un servidor de retransmisión o de envío encuentra un registro MX nulo para el dominio del destinatario y rechaza `RCPT TO` sin intentar conectarse (`5.1.10`).",
        "Revisa si el dominio que va tras la `@` tiene errores tipográficos y pide una dirección que funcione. Si el propietario del dominio quiere recibir correo, debe sustituir el MX nulo por registros MX reales.",
    ],
    // 552 vs 554
    [
        "¿Dice el propio código de respuesta que el problema fue el tamaño o el almacenamiento?",
        "Con `552`, sí: su significado es que se superó un límite de tamaño o de almacenamiento. Con `554`, no: por sí solo no indica ninguna causa, y solo el código de estado mejorado, como `5.3.4`, o el texto pueden decir qué falló.",
        "El `SIZE` declarado en `MAIL FROM` supera el límite, los datos del mensaje resultan demasiado grandes o el buzón del destinatario está lleno.",
        "Reduce el mensaje o envía los archivos grandes como enlace. Si el buzón está lleno, el destinatario tiene que liberar espacio.",
        "El servidor rechaza al cliente en el saludo, no encuentra ningún destinatario aceptado al llegar `DATA` o rechaza el contenido tras los datos del mensaje.",
        "Busca el motivo en el texto y en el código de estado mejorado, y luego cambia lo que se rechazó; volver a enviarlo sin cambios no servirá de nada.",
    ],
    // 553 vs 554
    [
        "¿El problema está en la dirección de un buzón?",
        "Con `553`, sí: el nombre de un buzón está mal formado, no está permitido o es ambiguo. Con `554`, no: se rechaza toda la transacción o la sesión, no una dirección concreta.",
        "La dirección de `MAIL FROM` o `RCPT TO` está mal formada o usa caracteres que el servidor no acepta, o un nombre de `VRFY` es ambiguo.",
        "Corrige la dirección carácter por carácter y vuelve a enviar el mensaje.",
        "El servidor rechaza al cliente en el saludo, no tiene ningún destinatario válido al llegar `DATA` o rechaza el contenido.",
        "Lee el texto y el código de estado mejorado. Cambia el contenido rechazado, o pide al administrador del dominio emisor que resuelva el bloqueo del host de envío.",
    ],
    // 251 vs 551
    [
        "¿Pasa el servidor el mensaje por sí mismo?",
        "Con `251`, sí: acepta al destinatario y reenvía el correo a la nueva dirección. Con `551`, no: rechaza al destinatario, y el cliente tiene que enviar él mismo el mensaje a la nueva dirección.",
        "El destinatario se ha mudado, y el servidor acepta el correo y lo reenvía, indicando la nueva dirección.",
        "No hay que hacer nada con este mensaje; el remitente puede actualizar su libreta de direcciones.",
        "El correo del destinatario se gestiona en otro lugar, y el sitio revela la nueva dirección en lugar de reenviarlo.",
        "Comprueba que la dirección del texto es plausible, envía el mensaje allí y actualiza el contacto.",
    ],
    // 235 vs 535
    [
        "¿Funcionó el inicio de sesión?",
        "Con `235`, sí: las credenciales se aceptaron para el resto de la sesión. Con `535`, no: el servidor rechazó el nombre de usuario, la contraseña u otras credenciales.",
        "Un intercambio `AUTH` terminó con credenciales válidas, normalmente con el código de estado mejorado `2.7.0`.",
        "Continúa con `MAIL FROM`. Si el envío sigue fallando, la causa está en una respuesta posterior.",
        "Un intercambio `AUTH` terminó con una contraseña incorrecta, un usuario desconocido o credenciales insuficientes para la cuenta, normalmente con `5.7.8`.",
        "Corrige las credenciales en el programa de correo; el software cliente debería volver a pedírselas al usuario en lugar de reintentar con ellas.",
    ],
    // 235 vs 334
    [
        "¿Ha terminado el intercambio `AUTH`?",
        "Con `235`, sí: el inicio de sesión funcionó. Con `334`, no: el servidor espera la siguiente respuesta del cliente en el intercambio.",
        "El cliente completó `AUTH` con credenciales que el servidor aceptó.",
        "Continúa con `MAIL FROM` y el resto de la transacción.",
        "Tras `AUTH`, y tras cada respuesta del cliente, el servidor envía datos en base64 para el mecanismo, quizá vacíos, hasta que se completa el intercambio.",
        "Responde con una línea en base64, o con `*` para cancelar. Si los inicios de sesión se quedan parados aquí, comprueba que ambos lados admiten el mecanismo y que nada corta la conexión.",
    ],
    // 334 vs 354
    [
        "¿Está esperando el servidor el contenido del mensaje?",
        "Con `334`, no: espera el siguiente paso de un inicio de sesión `AUTH`. Con `354`, sí: aceptó `DATA` y espera el mensaje, que termina con una línea con un único punto.",
        "Durante `AUTH`, el servidor envía datos definidos por el mecanismo, como un desafío, y espera la respuesta en base64 del cliente.",
        "Envía la respuesta en base64, o `*` para cancelar el inicio de sesión.",
        "El servidor aceptó `DATA`, una vez aceptado al menos un destinatario, y espera la cabecera, el cuerpo y el punto final.",
        "Envía el mensaje y la línea del punto, y luego espera la respuesta final.",
    ],
    // 432 vs 535
    [
        "¿Se rechazó la contraseña?",
        "Con `432`, no: el servidor necesita un inicio de sesión con `PLAIN` antes de que el mecanismo elegido pueda funcionar para la cuenta. Con `535`, sí: no se aceptaron las credenciales.",
        "El servidor todavía no tiene las credenciales de la cuenta en la forma que necesita el mecanismo de `AUTH` solicitado (`4.7.12`).",
        "Inicia sesión una vez con `PLAIN`, solo a través de una conexión cifrada, y luego vuelve al mecanismo preferido.",
        "Al final de `AUTH`, la contraseña era incorrecta, el usuario desconocido o las credenciales insuficientes para la cuenta.",
        "Corrige el nombre de usuario y la contraseña guardados en el programa de correo.",
    ],
    // 551 vs X.1.6
    [
        "¿Se indica una dirección nueva?",
        "Con `551`, sí: el texto suele indicar la dirección que hay que usar en su lugar. Con `X.1.6`, no: el buzón se ha trasladado, pero no se conoce ninguna dirección de reenvío.",
        "El correo del usuario se gestiona en otro lugar, y el sitio revela la nueva dirección en respuesta a `RCPT TO` o `VRFY`.",
        "Comprueba que la dirección indicada es plausible, envía el mensaje allí y actualiza el contacto.",
        "Una dirección antigua, por ejemplo de alguien que dejó una organización, ya no acepta correo, y el servidor no tiene ninguna dirección nueva que ofrecer.",
        "Quita la dirección de los contactos y las listas, y pide a la persona su dirección actual.",
    ],
    // X.2.2 vs X.2.3
    [
        "¿Cabría en este buzón un mensaje más pequeño?",
        "Con `X.2.2`, no: el buzón ha agotado su cuota, y no cabe nada hasta que el destinatario libere espacio. Con `X.2.3`, sí: el mensaje supera el límite de tamaño propio de este buzón, así que uno más pequeño puede pasar.",
        "El buzón del destinatario supera su cuota de almacenamiento, lo que se detecta en `RCPT TO`, al final de los datos del mensaje o en la entrega final.",
        "Avisa al destinatario por otra vía; tiene que borrar o archivar correo, o su administrador ampliar la cuota. Tras `4.2.2`, tu servidor reintenta; tras `5.2.2`, vuelve a enviarlo más tarde.",
        "El destinatario tiene un límite de tamaño inferior al general del servidor, y el mensaje lo supera. Los servidores lo envían con `552`, normalmente tras los datos del mensaje.",
        "Quita o comprime los adjuntos, o comparte los archivos grandes mediante un enlace. Si el destinatario necesita recibir archivos grandes, su administrador puede ampliar el límite de su buzón.",
    ],
    // X.1.1 vs X.1.2
    [
        "¿Acepta correo el dominio del destinatario?",
        "Con `X.1.1`, sí: el dominio funciona, pero el buzón que va antes de la `@` no existe allí. Con `X.1.2`, no: la parte que va tras la `@` no existe o no puede recibir correo.",
        "El servidor receptor conoce el dominio, pero no el buzón, y responde a `RCPT TO` con `550 5.1.1`, o un servidor posterior lo notifica en un rebote.",
        "Revisa la parte anterior a la `@` y confirma la dirección con el destinatario; puede que la persona se haya marchado o haya cambiado de dirección.",
        "Una consulta DNS del dominio del destinatario no encuentra ese dominio o ningún servidor de correo utilizable. Los servidores emisores lo notifican en rebotes, y los servidores de retransmisión pueden rechazar con él `RCPT TO`.",
        "Revisa si el dominio tiene errores tipográficos, como una terminación mal escrita, y confírmalo con el destinatario. Si el dominio es tuyo, regístralo y publica registros MX correctos.",
    ],
    // X.1.1 vs X.2.1
    [
        "¿Existe el buzón?",
        "Con `X.1.1`, no: no hay ningún buzón con ese nombre en el dominio. Con `X.2.1`, sí: el buzón existe, pero se ha desactivado para el correo entrante.",
        "El nombre que va antes de la `@` es desconocido en un dominio que acepta correo, así que `RCPT TO` recibe `550 5.1.1`.",
        "Corrige la dirección o pide al destinatario la actual; volver a enviar sin cambios fallará de nuevo.",
        "El proveedor ha suspendido, bloqueado o cerrado la cuenta, pero todavía no la ha eliminado. `4.2.1` indica un bloqueo durante un tiempo, y `5.2.1`, uno que no se levantará.",
        "Contacta con el destinatario por otra vía para obtener una dirección que funcione o para que vuelva a activar la cuenta. Tras `4.2.1`, tu servidor reintenta por sí solo.",
    ],
    // X.4.1 vs X.4.2
    [
        "¿Se llegó a establecer una conexión con el siguiente servidor?",
        "Con `X.4.1`, no: el host nunca respondió, porque estaba ocupado, caído o inaccesible. Con `X.4.2`, sí: se estableció una conexión, pero falló antes de que se completara la transacción.",
        "El servidor emisor no obtuvo respuesta de los hosts de correo del destinatario: sus conexiones agotaron el tiempo de espera o fueron rechazadas. Lo notifica en avisos de retraso o en su log.",
        "Espera a los reintentos. Si dura horas, revisa los registros MX del dominio del destinatario, que sus servidores funcionen y acepten conexiones, y que ningún cortafuegos los bloquee.",
        "El otro lado dejó de responder durante la sesión, o la conexión se cortó, por ejemplo en mitad de una transferencia `DATA` larga.",
        "Deja que el servidor emisor lo reintente, tratando la transacción como un `451` temporal. Si un mismo destino sigue fallando, busca pérdida de paquetes y revisa los tiempos de espera de ambos lados.",
    ],
    // X.4.1 vs X.4.7
    [
        "¿Se abandonó la entrega porque el mensaje caducó?",
        "Con `X.4.1`, no: indica el obstáculo real, un siguiente host que no respondió. Con `X.4.7`, sí: el mensaje permaneció en cola más allá del tiempo permitido, o no cumplió un plazo fijado por el remitente.",
        "Las conexiones a los hosts de correo del destinatario agotaron el tiempo de espera o fueron rechazadas, así que el host parecía ocupado, caído o inaccesible.",
        "Deja que el servidor emisor siga reintentando. Si dura horas, revisa los registros MX del destinatario, sus servidores de correo y cualquier cortafuegos intermedio.",
        "Un servidor emisor reintentó un destino durante días sin éxito y desistió, o venció un plazo fijado con la extensión Deliver By.",
        "Busca en el rebote o en el log del servidor los errores de los intentos anteriores, corrige esa causa real y vuelve a enviar el mensaje.",
    ],
    // X.7.1 vs X.7.26
    [
        "¿Dice el código que fallaron varias comprobaciones de autenticación?",
        "Con `X.7.1`, no: solo dice que la política rechaza la entrega, lo que puede deberse a la retransmisión, a una lista de bloqueo o a una sola comprobación fallida. Con `X.7.26`, sí: falló más de una comprobación, como SPF, DKIM o DNS inverso.",
        "El lado receptor rechaza la retransmisión, bloquea el host emisor o al remitente, o rechaza un mensaje que no superó SPF o DMARC.",
        "Busca en el texto la regla que se aplicó. Usa tu propio servidor en lugar de retransmitir por otro; el administrador del remitente corrige SPF o DMARC, o solicita la exclusión a la lista de bloqueo indicada.",
        "El mensaje no superó varias de las comprobaciones de autenticación del receptor, y su política lo rechaza. Los servidores usan este código en lugar de indicar solo el primer fallo.",
        "El administrador del remitente corrige todas las comprobaciones: todos los servidores de envío en SPF, firmas DKIM del dominio de `From` y un DNS inverso coincidente. Un mensaje de prueba muestra cada resultado.",
    ],
    // X.7.23 vs X.7.24
    [
        "¿Llegó la comprobación SPF a un resultado?",
        "Con `X.7.23`, sí: el resultado fue «fail», porque el registro del dominio no autoriza la dirección IP de envío. Con `X.7.24`, no: un error detuvo la comprobación, ya sea un problema de DNS o un registro dañado.",
        "El dominio de `MAIL FROM`, o el nombre `HELO`, publica un registro SPF que no cubre la dirección IP de envío, y la política del receptor rechaza ese correo.",
        "El administrador del remitente añade al registro SPF todos los servidores de envío legítimos. Si la causa es un reenvío, el reenviador debería reescribir `MAIL FROM` con su propio dominio.",
        "Las consultas DNS del registro SPF agotan el tiempo de espera (`451 4.7.24`), o el registro tiene un error de sintaxis, está publicado dos veces o necesita más de 10 consultas (`550 5.7.24`).",
        "El administrador del remitente mantiene exactamente un registro que empiece por `v=spf1`, corrige los errores tipográficos y no supera las 10 consultas. En la forma temporal, asegúrate de que el DNS responde de forma fiable.",
    ],
    // X.7.23 vs X.7.26
    [
        "¿Fue SPF la única comprobación que se indicó como fallida?",
        "Con `X.7.23`, sí: el resultado SPF fue «fail», y ese es el motivo que se da. Con `X.7.26`, no: fallaron varias comprobaciones de autenticación, y el código no dice cuáles.",
        "La dirección IP de envío no está cubierta por el registro SPF del dominio de `MAIL FROM` o del nombre `HELO`, a menudo tras añadir un nuevo servicio de correo o por un reenvío.",
        "Añade el servidor que falta, o el `include:` del proveedor, al único registro SPF del dominio. Si se trata de un reenvío, el reenviador reescribe `MAIL FROM` con su propio dominio.",
        "Falló más de una comprobación, por ejemplo en correo falsificado o en correo reenviado que rompió tanto SPF como DKIM. Un fallo DMARC también significa que ni SPF ni DKIM se superaron para el dominio de `From`.",
        "Corrige a la vez SPF, la firma DKIM del dominio de `From` y el DNS inverso, y luego comprueba cada resultado en la cabecera `Authentication-Results` de un mensaje de prueba.",
    ],
    // X.5.1 vs X.5.2
    [
        "¿Estaba bien formado el comando?",
        "Con `X.5.1`, sí: el comando se pudo leer, pero no se admite o llegó en un momento incorrecto de la sesión. Con `X.5.2`, no: su sintaxis era incorrecta, o la palabra del comando era desconocida.",
        "El cliente envió un comando no admitido o desactivado, o uno fuera de orden, como `RCPT TO` antes de `MAIL FROM` o un comando antes de un `STARTTLS` obligatorio.",
        "Corrige el cliente: respeta el orden `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, y usa solo comandos de la respuesta a `EHLO`.",
        "Un comando estaba mal formado, o una respuesta de `AUTH` no era Base64 válido. `550 5.5.2` también indica un registro SPF que no se puede interpretar.",
        "Busca el comando rechazado en el log SMTP y haz que el cliente lo envíe bien formado. En el caso de SPF, el propietario del dominio emisor repara el registro.",
    ],
    // X.2.3 vs X.3.4
    [
        "¿Se aplica el límite de tamaño solo a este destinatario?",
        "Con `X.2.3`, sí: este buzón tiene su propio límite, inferior al del servidor, y otros destinatarios pueden recibir el mensaje. Con `X.3.4`, no: el mensaje supera el máximo del sistema para todos los destinatarios.",
        "El mensaje supera el límite de tamaño fijado para el buzón de un destinatario. Llega con `552`, normalmente tras los datos del mensaje.",
        "Reduce el tamaño del mensaje, o pide al destinatario que su administrador amplíe el límite de su buzón.",
        "El `SIZE` declarado en `MAIL FROM`, o el tamaño real tras los datos, supera el tamaño máximo de mensaje que acepta el sistema receptor.",
        "Comparte los archivos grandes mediante un enlace o comprímelos, y no superes el número que sigue a `SIZE` en la respuesta a `EHLO` del servidor.",
    ],
    // X.1.1 vs X.1.3
    [
        "¿Estaba bien formada la dirección?",
        "Con `X.1.1`, sí: la dirección se pudo leer, pero no existe ese buzón. Con `X.1.3`, no: la dirección está mal formada, así que el servidor ni siquiera la buscó.",
        "El dominio acepta correo, pero no tiene ningún buzón con ese nombre; lo típico es un `550 5.1.1` en respuesta a `RCPT TO`.",
        "Confirma la dirección con el destinatario por otra vía y corrígela.",
        "La dirección del destinatario tiene caracteres prohibidos o espacios, le falta la `@` o tiene una de más, no lleva corchetes angulares o es demasiado larga. Suele llegar como `501 5.1.3`.",
        "Quita los caracteres sobrantes y asegúrate de que hay exactamente una `@` y un dominio válido. Los desarrolladores deben comprobar que `RCPT TO` lleva solo la dirección, entre corchetes angulares.",
    ],
    // X.1.1 vs X.1.6
    [
        "¿Dice el servidor que la dirección funcionaba antes?",
        "Con `X.1.1`, no: el servidor solo dice que no existe ningún buzón con ese nombre. Con `X.1.6`, sí: el buzón se ha trasladado, y no se conoce ninguna dirección de reenvío.",
        "El nombre que va antes de la `@` es desconocido en un dominio que acepta correo.",
        "Revisa si la dirección tiene errores tipográficos y confírmala con el destinatario.",
        "La dirección pertenece a alguien que ha dejado la organización o se ha cambiado a otro proveedor, y el servidor no tiene ninguna dirección nueva que ofrecer.",
        "Deja de usar la dirección, quítala de los contactos y de las listas de correo, y pide a la persona su dirección actual.",
    ],
    // X.1.2 vs X.1.10
    [
        "¿Ha declarado el dominio que no acepta correo?",
        "Con `X.1.2`, no: el dominio no existe o no tiene ningún servidor de correo utilizable. Con `X.1.10`, sí: publica un MX nulo, una declaración deliberada de que no acepta correo.",
        "La consulta DNS del dominio del destinatario no encuentra ese dominio, o ningún servidor de correo utilizable.",
        "Revisa si el dominio tiene errores tipográficos y confirma la dirección. Si el dominio es tuyo, asegúrate de que está registrado y publica registros MX o de dirección.",
        "La consulta DNS encuentra un MX nulo para el dominio del destinatario, así que los servidores rechazan `RCPT TO` de inmediato, normalmente con `556`.",
        "Comprueba si hay un error tipográfico o un dominio parecido, y consigue una dirección que funcione. Si el propietario quiere recibir correo, debe sustituir el MX nulo por registros MX reales.",
    ],
    // X.1.3 vs X.1.7
    [
        "¿La dirección mal formada es la del destinatario?",
        "Con `X.1.3`, sí: la dirección de `RCPT TO` no está bien formada. Con `X.1.7`, no: la mal formada es la dirección del remitente, normalmente la de `MAIL FROM`.",
        "La dirección del destinatario tiene caracteres prohibidos, le falta la `@` o tiene una de más, o no lleva corchetes angulares.",
        "Corrige la dirección del destinatario y vuelve a enviar el mensaje.",
        "A la dirección del remitente le falta el dominio o la `@`, tiene caracteres no válidos o no lleva corchetes angulares, a menudo porque un script, un formulario o un dispositivo está mal configurado.",
        "Corrige la dirección del remitente en la configuración del programa o del dispositivo. `MAIL FROM` debe llevar solo la dirección entre corchetes angulares, sin nombre visible.",
    ],
    // X.2.2 vs X.3.1
    [
        "¿Puede solucionarlo el destinatario borrando correo?",
        "Con `X.2.2`, sí: solo su buzón supera la cuota. Con `X.3.1`, no: todo el sistema de correo se ha quedado sin almacenamiento, y solo su administrador puede añadir espacio.",
        "El buzón de un destinatario ha alcanzado su cuota; otros destinatarios del mismo servidor pueden seguir recibiendo el mensaje.",
        "Avisa al destinatario por otra vía; tiene que borrar o archivar correo, o su administrador ampliar la cuota.",
        "El disco del servidor o el almacenamiento de la cola se ha agotado, así que responde a `MAIL FROM`, `RCPT TO` o los datos del mensaje con `452 4.3.1`.",
        "Los remitentes esperan mientras se reintenta el mensaje; el administrador del servidor receptor libera espacio en disco o añade almacenamiento.",
    ],
    // X.3.1 vs X.5.3
    [
        "¿Se ha quedado el servidor sin almacenamiento?",
        "Con `X.3.1`, sí: el sistema de correo en su conjunto se ha quedado sin espacio. Con `X.5.3`, no: el mensaje indica más destinatarios de los que el servidor acepta en una transacción.",
        "El disco o el almacenamiento de la cola se ha agotado, o no hay sitio para el `SIZE` declarado. Llega como `452 4.3.1`.",
        "El remitente no tiene nada que hacer; el administrador del servidor receptor libera o añade almacenamiento.",
        "`RCPT TO` superó el límite de destinatarios por mensaje del servidor; normalmente con `452`, a veces con `451`, o como un `5.5.3` permanente.",
        "Envía el mensaje a los destinatarios ya aceptados y el resto en una transacción nueva; con muchos destinatarios, divídelos en grupos o usa una lista de correo.",
    ],
    // X.4.3 vs X.4.4
    [
        "¿Fue el propio servicio de directorio el que no respondió?",
        "Con `X.4.3`, sí: el DNS u otro servicio de directorio no estaba accesible o no respondió. Con `X.4.4`, no: el problema son los datos de enrutamiento, normalmente un dominio sin registros MX ni de dirección utilizables.",
        "Una consulta DNS necesaria para la entrega agotó el tiempo de espera o falló en el lado del servidor DNS, por ejemplo durante una comprobación SPF (`451 4.4.3`).",
        "Deja que sigan los reintentos. Si persiste, revisa el resolvedor del servidor que notifica el error y los servidores de nombres del dominio afectado.",
        "El dominio del destinatario no existe, no tiene registros MX ni de dirección utilizables, o solo devuelve un registro SOA, así que no se conoce ningún siguiente salto.",
        "Revisa si el dominio del destinatario tiene errores tipográficos. Si es correcto, su propietario debe publicar registros MX o de dirección que lleven a un servidor de correo accesible.",
    ],
    // X.7.8 vs X.7.9
    [
        "¿Se rechazaron las propias credenciales?",
        "Con `X.7.8`, sí: el nombre de usuario, la contraseña u otras credenciales eran incorrectos o insuficientes. Con `X.7.9`, no: solo se rechazó el mecanismo de inicio de sesión por demasiado débil, y la contraseña puede ser correcta.",
        "Un servidor de envío rechaza `AUTH` con `535 5.7.8`, por ejemplo porque el programa de correo todavía tiene guardada una contraseña antigua.",
        "Vuelve a introducir el nombre de usuario y la contraseña del servidor saliente; algunos proveedores piden la dirección completa como nombre de usuario, o una contraseña de aplicación.",
        "`AUTH` usó un mecanismo más débil de lo que la política del servidor permite para la cuenta, y la respuesta es `534 5.7.9`.",
        "Elige otro mecanismo de los que aparecen tras `AUTH` en la respuesta a `EHLO`, o pregunta al proveedor cuál exige.",
    ],
    // X.7.8 vs X.7.13
    [
        "¿Eran correctos los datos de inicio de sesión?",
        "Con `X.7.8`, no: las credenciales eran incorrectas o insuficientes. Con `X.7.13`, sí: el inicio de sesión funcionó, pero la cuenta está desactivada y no puede enviar.",
        "`AUTH` falló y el servidor responde `535 5.7.8`, normalmente porque hay una contraseña antigua guardada en el programa de correo.",
        "Corrige el nombre de usuario y la contraseña del servidor saliente, o usa la contraseña de aplicación aparte que exige el proveedor.",
        "Justo después de un `AUTH` correcto, el proveedor rechaza una cuenta que ha desactivado, por ejemplo por impago, abuso o indicios de intrusión.",
        "No sigas introduciendo la contraseña. Contacta con el proveedor para saber por qué se desactivó la cuenta y pedir que la vuelva a activar.",
    ],
    // X.7.7 vs X.7.20
    [
        "¿Se rechaza el mensaje porque el receptor exige una firma DKIM válida?",
        "Con `X.7.7`, no: el problema es que el mensaje se modificó después de firmarlo, así que falló su comprobación de integridad. Con `X.7.20`, sí: el receptor exige que DKIM se supere, y el mensaje no estaba firmado o todas sus firmas fallaron.",
        "Un verificador detecta que un mensaje firmado o protegido ya no coincide con su firma, a menudo porque un servidor reescribió cabeceras o añadió texto después de la firma.",
        "Averigua qué modifica el mensaje después de firmarlo, como listas de correo, reenviadores o herramientas que añaden pies de mensaje, y firma en el último paso, justo antes de que salga el mensaje.",
        "Un receptor que exige DKIM recibió un mensaje sin firma, o solo con firmas que fallaron, una vez llegados los datos del mensaje.",
        "Firma con DKIM todo el correo saliente y publica la clave pública en `<selector>._domainkey.<domain>`; luego comprueba en un mensaje de prueba que DKIM se supera.",
    ],
    // X.7.20 vs X.7.22
    [
        "¿Se validó alguna firma DKIM?",
        "Con `X.7.20`, no: el mensaje no tenía firma, o fallaron todas. Con `X.7.22`, sí: hubo firmas verificadas, pero ninguna la hizo el dominio del campo de cabecera `From`.",
        "Un receptor que exige DKIM recibió un mensaje sin firmar, o uno cuyas firmas fallaron, por ejemplo porque falta la clave en el DNS.",
        "Firma todo el correo saliente, publica la clave pública en `<selector>._domainkey.<domain>` y evita cambios en el mensaje después de firmarlo.",
        "Un servicio de correo firmó con su propio dominio en lugar del dominio de `From` del cliente, y el receptor exige que ambos coincidan.",
        "Haz que el dominio `d=` de la firma sea el dominio de `From`, por ejemplo configurando el DKIM con dominio propio que ofrece el servicio.",
    ],
    // X.1.10 vs X.7.27
    [
        "¿Es el dominio del destinatario el que tiene un MX nulo?",
        "Con `X.1.10`, sí: el dominio al que envías no acepta correo. Con `X.7.27`, no: es el dominio del remitente el que publica el MX nulo, así que las respuestas y los rebotes nunca podrían llegarle.",
        "El dominio del destinatario publica un MX nulo, así que los servidores rechazan `RCPT TO` de inmediato, normalmente con `556`.",
        "Revisa si el dominio del destinatario tiene errores tipográficos o es un dominio parecido, y pide al destinatario una dirección que funcione.",
        "El dominio de `MAIL FROM` o del campo de cabecera `From` tiene un MX nulo; a menudo se trata de una dirección de retorno falsificada o de un MX nulo publicado por error.",
        "Envía desde un dominio que pueda recibir correo. Si el dominio debe enviar correo, su administrador sustituye el MX nulo por registros MX reales.",
    ],
    // X.0.0 vs X.7.0
    [
        "¿Indica el código en qué ámbito está el problema?",
        "Con `X.0.0`, no: solo da la clase (éxito, fallo temporal o fallo permanente) y nada sobre la causa. Con `X.7.0`, sí: una regla de seguridad o de política detuvo el comando o el mensaje.",
        "El software no puede asignar el resultado a nada más concreto. `2.0.0` también marca éxitos rutinarios, como la respuesta `221` a `QUIT`.",
        "Con `4.0.0`, el servidor emisor reintenta. Con `5.0.0`, lee el texto y, si no dice nada, envía la línea del error y la hora a la que se produjo al administrador del servidor.",
        "Un paso de seguridad bloqueó el comando: `454 4.7.0` para un fallo temporal de inicio de sesión, `530 5.7.0` cuando antes hace falta `AUTH` o `STARTTLS`, o un rechazo por política sin explicación.",
        "Haz lo que pide el servidor, primero `STARTTLS` o `AUTH`, o reinténtalo más tarde tras `454`. En los demás casos, pregunta al postmaster del sitio receptor.",
    ],
    // X.5.1 vs X.5.4
    [
        "¿Era aceptable el comando en sí?",
        "Con `X.5.1`, no: el comando no se admite o llegó en un momento incorrecto de la sesión. Con `X.5.4`, sí: el comando era válido, pero uno de sus argumentos no.",
        "El cliente envió un comando desconocido o desactivado, un segundo `MAIL FROM` en una misma transacción o un comando antes de un `STARTTLS` o `AUTH` obligatorio.",
        "Corrige el orden de los comandos del cliente y usa solo comandos que incluya la respuesta a `EHLO`.",
        "Un mecanismo de `AUTH` que el servidor no ofrece (`504 5.5.4`), un parámetro desconocido de `MAIL FROM` o `RCPT TO`, o un valor no válido en un parámetro de extensión.",
        "Compara el comando rechazado con la respuesta a `EHLO` y envía solo parámetros admitidos con valores válidos.",
    ],
    // X.7.1 vs X.7.23
    [
        "¿Dice el código que el motivo fue SPF?",
        "Con `X.7.1`, no: solo dice que la entrega no está autorizada, lo que puede deberse a la retransmisión, a una lista de bloqueo o a otra regla. Con `X.7.23`, sí: la comprobación SPF dio «fail» para la dirección IP de envío.",
        "Se rechaza la retransmisión, un filtro bloquea el host o al remitente, o un servidor notifica así una comprobación SPF fallida, como recomienda el RFC 7208.",
        "Busca la regla en el texto. Envía a través de tu propio servidor en lugar de retransmitir por otro, o pide al administrador del remitente que corrija SPF o DMARC, o que saque su servidor de una lista de bloqueo.",
        "El dominio de `MAIL FROM` o el nombre `HELO` tiene un registro SPF que no autoriza la dirección IP de envío, y la política rechaza ese correo.",
        "El administrador del remitente incluye todos los servidores legítimos en el único registro SPF del dominio, con `ip4:`, `ip6:` o el `include:` del proveedor.",
    ],
    // X.7.23 vs X.7.25
    [
        "¿La comprobación se refería al registro SPF del remitente?",
        "Con `X.7.23`, sí: el registro SPF del dominio de `MAIL FROM`, o del nombre `HELO`, no autorizaba la dirección IP de envío. Con `X.7.25`, no: la propia dirección IP no superó una comprobación de DNS inverso.",
        "El SPF del dominio del remitente no cubre el servidor emisor, a menudo tras añadir un nuevo servicio de correo o por un reenvío.",
        "Añade los servidores que faltan al registro SPF; los reenviadores reescriben `MAIL FROM` con su propio dominio.",
        "La dirección IP de envío no tiene registro PTR, o su nombre PTR no se resuelve de vuelta a la misma dirección, algo habitual en servidores nuevos en la nube.",
        "Pide a quien controla la dirección IP un registro PTR con el nombre del servidor de correo y un registro A o AAAA que coincida, y usa ese nombre en `EHLO`.",
    ],
];
