INSERT INTO `tag` (`id`) VALUES (1);
